package cite

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// ErrNoYear says that a deadline names a day, a month or a quarter
// without its year ("trước 30/6", "tháng 12"): a source does not guess it.
var ErrNoYear = errors.New("the deadline has no year")

// The forms clerks type in a task's deadline besides those
// parseDeadlineForm reads.
var (
	// clerkLabelRe is a label the clerk copied with the deadline: the
	// renderer writes its own "Thời hạn hoàn thành:".
	clerkLabelRe = lazyre.New(`(?i)^(?:thời` + sp + `hạn(?:` + sp + `hoàn` + sp + `thành)?|thời` + sp + `gian` + sp + `(?:hoàn` + sp + `thành|thực` + sp + `hiện)|hạn` + sp + `hoàn` + sp + `thành)` + optSp + `:` + optSp)
	// clerkDoRe is "hoàn thành" or "thực hiện" before the words of the
	// deadline: "hoàn thành trước 30/6/2026".
	clerkDoRe = lazyre.New(`(?i)^(?:hoàn|thực)` + sp + `(?:thành|hiện)` + sp + `((?:trước|chậm|trong|vào|không|đến|thường|cuối|hạn|\d).*)$`)
	// clerkByRe is a word of "by" followed by a date without "ngày":
	// "trước 15/7/2026", "chậm nhất 15/7/2026", "đến 31/12/2026".
	clerkByRe = lazyre.New(`(?i)^(` + byWords + `|đến)` + sp + `(\d\d?` + optSp + `(?:/|tháng))`)
	// clerkDayRe is "ngày" glued to its number: "trước ngày20/02/2014".
	clerkDayRe = lazyre.New(`(?i)(ngày)(\d)`)
	// clerkHourRe is an hour before the day: "trước 17h ngày",
	// "trước 17 giờ 30 ngày"; the deadline is the day.
	clerkHourRe = lazyre.New(`(?i)\d\d?` + optSp + `(?:h|giờ)(?:` + optSp + `\d\d)?` + optSp + `(?:'|’|phút)?` + sp + `(ngày)`)
	// clerkByByRe joins two words of "by": "chậm nhất đến ngày",
	// "chậm nhất không quá ngày", "đến ngày" alone.
	clerkByByRe = lazyre.New(`(?i)^(?:chậm` + sp + `nhất(?:` + sp + `là)?` + sp + `(?:đến|không` + sp + `quá|vào)|(?:từ` + sp + `nay` + sp + `)?(?:đến|tới)(?:` + sp + `hết)?)` + sp + `ngày`)
	// clerkISORe is an ISO date or month with a one-digit month or day, or
	// slashes: "2026-7-15", "2026/07/15", "2026-7".
	clerkISORe = lazyre.New(`^(\d\d\d\d)[-/.](\d\d?)(?:[-/.](\d\d?))?$`)
	// clerkHalfRe is the first or last months of a year: "6 tháng cuối
	// năm 2026", "trong 9 tháng đầu năm 2026".
	clerkHalfRe = lazyre.New(`(?i)^(?:trong` + sp + `)?(` + d12 + `)` + sp + `tháng` + sp + `(đầu|cuối)` + sp + `năm` + sp + `(` + d4 + `)$`)
	// clerkYearEndRe is the end of a year: "cuối năm 2026", "đến hết năm
	// 2026", "từ nay đến hết năm 2026", "trước 31/12" said as a year.
	clerkYearEndRe = lazyre.New(`(?i)^(?:(?:từ` + sp + `nay` + sp + `)?(?:đến|tới)` + sp + `(?:hết|cuối)|trước` + sp + `cuối|cuối|hết)` + sp + `năm` + sp + `(` + d4 + `)$`)
	// clerkStandingRe is a standing task: no date, but a lawful term.
	clerkStandingRe = lazyre.New(`(?i)^(?:thực` + sp + `hiện` + sp + `)?(?:thường` + sp + `xuyên(?:` + optSp + `[,;]?` + optSp + `(?:liên` + sp + `tục|hằng` + sp + `ngày|hàng` + sp + `ngày))?|liên` + sp + `tục|đột` + sp + `xuất|(?:khi|theo)` + sp + `(?:có` + sp + `)?yêu` + sp + `cầu)$`)
	// clerkYearlyRe is a day of each year: "trước ngày 15/12 hằng năm",
	// "hằng năm, trước ngày 15/12", "chậm nhất 15 tháng 12 hàng năm".
	clerkYearlyRe = lazyre.New(`(?i)^((?:định` + sp + `kỳ` + sp + `)?` + hang + sp + `năm` + optSp + `,?` + optSp + `)?(?:` + byWords + `|vào)` + sp + `(?:ngày` + sp + `)?(` + d12 + `)(?:` + optSp + `/` + optSp + `|` + sp + `tháng` + sp + `)(` + d12 + `)(` + sp + hang + sp + `năm)?$`)
	// clerkYearRe is a year alone, "2026": the year's months.
	clerkYearRe = lazyre.New(`^(` + d4 + `)$`)
	// clerkNoYearRe is a day, month or quarter without a year: "30/6",
	// "ngày 30 tháng 6", "tháng 12", "quý IV".
	clerkNoYearRe = lazyre.New(`(?i)(?:^|[^\d/])(?:\d\d?` + optSp + `/` + optSp + `\d\d?|ngày` + sp + `\d\d?` + sp + `tháng` + sp + `\d\d?|tháng` + sp + `\d\d?|quý` + sp + `(?:IV|I{1,3}|[1-4]))$`)
)

// clerkDisplay returns t as the notice should show it: without a label the
// renderer writes itself, with "ngày" where the clerk left it out or glued
// it to the number.
func clerkDisplay(t string) string {
	t = strings.TrimRight(t, " .;")
	if m := clerkLabelRe().FindStringIndex(t); m != nil && m[1] < len(t) {
		t = t[m[1]:]
	}
	if m := clerkDoRe().FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	t = clerkDayRe().ReplaceAllString(t, "$1 $2")
	if clerkNoYearRe().MatchString(t) {
		return t
	}
	return clerkByRe().ReplaceAllString(t, "$1 ngày $2")
}

// clerkReading returns the words parseDeadlineForm reads for a displayed
// deadline: the hour dropped, two words of "by" made one.
func clerkReading(t string) string {
	t = clerkHourRe().ReplaceAllString(t, "$1")
	return clerkByByRe().ReplaceAllString(t, "trước ngày")
}

// parseClerkForm reads the forms of parseDeadlineForm's that only clerks'
// ways of writing keep it from reading, and those it has no words for:
// a standing task, a part of a year, the end of a year. ok is false when t
// is none of them.
func parseClerkForm(t string) (d Deadline, text string, ok bool, err error) {
	show := clerkDisplay(t)
	if m := clerkYearlyRe().FindStringSubmatch(show); m != nil && (m[1] != "" || m[4] != "") {
		day, _ := strconv.Atoi(m[2])
		mon, _ := strconv.Atoi(m[3])
		return Deadline{Kind: Every, Every: "năm", EveryDay: day, EveryMon: mon}, show, true, nil
	}
	switch {
	case clerkStandingRe().MatchString(show):
		return Deadline{Kind: Standing}, show, true, nil
	case clerkYearRe().MatchString(show):
		d, err := parseDeadlineForm("năm " + show)
		return d, "năm " + show, true, err
	case clerkNoYearRe().MatchString(show):
		return Deadline{}, show, true, fmt.Errorf("%q: %w", t, ErrNoYear)
	}
	if m := clerkISORe().FindStringSubmatch(show); m != nil {
		iso := m[1] + "-" + pad2(m[2])
		if m[3] != "" {
			iso += "-" + pad2(m[3])
		}
		d, err := parseDeadlineForm(iso)
		return d, iso, true, err
	}
	if m := clerkHalfRe().FindStringSubmatch(show); m != nil {
		n, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		first, last := 1, n
		if strings.EqualFold(m[2], "cuối") {
			first, last = 13-n, 12
		}
		d := Deadline{Kind: Between, Date: Date{y, first, 0}, Until: Date{y, last, 0}}
		if n < 1 || n > 12 {
			return d, show, true, fmt.Errorf("%q: %w", t, ErrNotReal)
		}
		return d, show, true, nil
	}
	if d, ok := parseClerkPart(show); ok {
		return d, show, true, realOrNot(d, show)
	}
	if d, ok, err := parseClerkTet(show); ok {
		return d, show, true, err
	}
	if d, ok, err := parsePeriod(show); ok {
		return d, show, true, err
	}
	if m := clerkYearEndRe().FindStringSubmatch(show); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Deadline{Kind: By, Date: Date{y, 12, 31}}, show, true, nil
	}
	read := clerkReading(show)
	if read == t {
		return Deadline{}, "", false, nil
	}
	if d, err := parseDeadlineForm(read); err == nil || errors.Is(err, ErrNotReal) {
		return d, show, true, err
	}
	return Deadline{}, "", false, nil
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
