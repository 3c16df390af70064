package check

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(&Rule{ID: "weekday-date", Severity: diag.Warning, Ref: diag.Practice, Run: weekdayDate,
		Title: diag.Msg("ngày trong tuần khớp với ngày tháng đi kèm", "a day of the week matches the date beside it"),
		Help: diag.Msg("thứ ghi cạnh một ngày tháng phải đúng là thứ của ngày đó: sửa thứ hoặc sửa ngày",
			"the day of the week given beside a date must be that date's: mend the day or the date")})
}

// weekdayPat is a day of the week, in words or in a figure.
const weekdayPat = `([Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)`

// datePat is a whole date: "28/8/2024" or "28 tháng 8 năm 2024".
const datePat = `(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`

var (
	// dayThenDate: "thứ Tư, ngày 04/5/2017", "thứ 2 (29/04/2024)".
	dayThenDate = lazyre.New(dayThenDatePat)
	// dateThenDay: "ngày 28/8/2024 (Thứ hai)".
	dateThenDay = lazyre.New(`(?:` + datePat + `)\s*\(\s*` + weekdayPat + `\s*\)`)
	// dayThenDateAt is dayThenDate anchored at the start of the text.
	dayThenDateAt = lazyre.New(`\A(?:` + dayThenDatePat + `)`)
)

// dayThenDatePat is dayThenDate's expression.
const dayThenDatePat = weekdayPat + `\s*,?\s*(?:ngày\s+)?\(?\s*(?:` + datePat + `)`

// weekdayNames are the days of the week as time.Weekday numbers them,
// in the words a notice writes.
var weekdayNames = [7]string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}

// weekdayDate finds a day of the week written beside a whole date that
// falls on another day ("ngày 28/8/2024 (Thứ hai)", 28/8/2024 being a
// Wednesday). A day after a word that counts ("lần thứ hai ngày ...")
// is an ordinal, not a day of the week; a quotation is left as written.
func weekdayDate(p *Pass) { weekdayDates(p, true) }

// weekdayDates is weekdayDate; short says whether the days written
// without their year are checked too (weekday_short.go), which the rule's
// old code, held to this one in TestStartsAsScans, did not.
func weekdayDates(p *Pass, short bool) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !mayNameWeekday(p.View, seg.Text) {
			continue
		}
		t := seg.Text
		days := weekdayPlaces(p.View, t)
		weekdaysBeside(p, seg, days)
		if short {
			weekdayShortDates(p, seg, days)
		}
	}
}

// weekdayAt is a day of the week at the start of the text.
var weekdayAt = lazyre.New(`\A` + weekdayPat)

// dateIsDay is a date that "là" says a day of the week of, at the end
// of the text before the day: "ngày 02/5/2027 là ".
var dateIsDay = lazyre.New(`(?:` + datePat + `)\s+là\s+$`)

// dateSaidBefore returns the groups (dateThenDay's six, day, month and
// year in either form) of the date that the day of the week at from is
// said of with "là" ("ngày 02/5/2027 là Chủ nhật, ngày 03/5/2027 là
// ngày nghỉ bù", p94: a Thuế tỉnh's hạn nộp, where the day was read with
// the date after it), or nil when the day follows no "<date> là".
func dateSaidBefore(t string, from int) []int {
	if lastLetterWord(t[:from]) != "là" {
		return nil
	}
	lo := max(0, from-40) // "28 tháng 12 năm 2026 là ": a date and "là" within 40 bytes
	for lo > 0 && (!utf8.RuneStart(t[lo]) || t[lo-1] >= '0' && t[lo-1] <= '9') {
		lo-- // not inside a letter, nor inside a date's figures
	}
	m := dateIsDay().FindStringSubmatchIndex(t[lo:from])
	if m == nil {
		return nil
	}
	shiftMatch(m, lo)
	return m[2:14]
}

// weekdaysBeside checks the days of the week of seg's text, standing at
// days (weekdayPlaces), against the whole dates written beside them: a
// day before its date ("thứ Tư, ngày 04/5/2017"), after it in brackets
// ("ngày 28/8/2024 (Thứ hai)"), or said of the date before it with "là"
// (dateSaidBefore).
func weekdaysBeside(p *Pass, seg *Seg, days []int) {
	t := seg.Text
	var said []int // the days read with a date after them
	for _, m := range dayThenDates(t, days) {
		said = append(said, m[2])
		if g := dateSaidBefore(t, m[2]); g != nil {
			weekdayCheck(p, seg, m[2], m[3], g) // "ngày 02/5/2027 là Chủ nhật, ngày 03/5/2027 là ngày nghỉ bù": the day is the date's before
			continue
		}
		weekdayCheck(p, seg, m[2], m[3], m[4:])
	}
	for _, i := range days {
		if slices.Contains(said, i) {
			continue
		}
		if g := dateSaidBefore(t, i); g != nil {
			if w := weekdayAt().FindStringIndex(t[i:]); w != nil {
				weekdayCheck(p, seg, i, i+w[1], g) // "ngày 03/5/2027 là Chủ nhật."
			}
		}
	}
	for _, m := range dateThenDays(t, days) {
		weekdayCheck(p, seg, m[14], m[15], m[2:14])
	}
}

// litThu and litChu are the days of the week's first words as
// weekdayDate looks for them, "thứ " and "chủ " without their first
// letter.
var litThu, litChu = newLiteral("hứ "), newLiteral("hủ ")

// mayNameWeekday reports whether t may hold a day of the week beside a
// whole date: a figure (both expressions' dates are written in figures,
// `\d`) and "hứ " or "hủ ", told from the text index before either is
// searched.
func mayNameWeekday(v *View, t string) bool {
	return v.holdsDigit(t) && (v.holds(t, litThu) || v.holds(t, litChu))
}

// weekdayCheck reports the day t[from:to] when the date whose groups
// (day, month, year, in one of two forms) are at g falls on another.
func weekdayCheck(p *Pass, seg *Seg, from, to int, g []int) {
	t := seg.Text
	lead := strings.ToLower(lastLetterWord(t[:from]))
	if ordinalLeads()[lead] || quoted(t, from) || countedInFigure(t[from:to], lead) {
		return
	}
	if g[0] < 0 {
		g = g[6:]
	}
	d, _ := strconv.Atoi(t[g[0]:g[1]])
	m, _ := strconv.Atoi(t[g[2]:g[3]])
	y, _ := strconv.Atoi(t[g[4]:g[5]])
	date := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	if date.Day() != d || int(date.Month()) != m || y < 1900 {
		weekdayUnreal(p, seg, g[0], cite.Date{Year: y, Month: m, Day: d}) // weekday_unreal.go: no such date
		return
	}
	written := t[from:to]
	want := weekdayNumber(written)
	if want < 0 || time.Weekday(want) == date.Weekday() {
		return
	}
	dateText := t[g[0]:g[5]]
	p.Report(seg, from, diag.Msg("%q: ngày %s là %s, không phải %s", "%q: %s is a %s, not a %s",
		written, dateText, weekdayIn(date.Weekday()), weekdayIn(time.Weekday(want))),
		diag.Msg("sửa thứ thành %q, hoặc sửa ngày cho đúng", "write %q, or mend the date", weekdayNames[date.Weekday()]))
}

// weekdayIn names a day of the week in each language: "thứ Tư",
// "Wednesday".
func weekdayIn(d time.Weekday) diag.Text {
	return diag.Text{VI: weekdayNames[d], EN: d.String()}
}

// weekdayNumber reads a day of the week as time.Weekday numbers it:
// "Chủ nhật" 0, "thứ Hai" or "thứ 2" 1 ... "thứ Bảy" 6; -1 if it is none.
func weekdayNumber(s string) int {
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 2 {
		return -1
	}
	if f[0] == "chủ" {
		return 0
	}
	for i, w := range []string{"hai", "ba", "tư", "năm", "sáu", "bảy"} {
		if f[1] == w || f[1] == strconv.Itoa(i+2) {
			return i + 1
		}
	}
	return -1
}

// countedInFigure reports a day written in a figure ("thứ 3") after a
// word that is no word of time: "Ngày thứ 3 (17/3/2024)" of a fair's
// days, "Hộ thứ 2 ngày 12/3/2024", "Bên thứ 3" count things, and the
// figure is how a rank is written. A day in words ("thứ Ba") or after a
// word a day follows ("vào", "sáng", a bracket, the start) is a day.
func countedInFigure(day, lead string) bool {
	last := day[len(day)-1]
	return last >= '0' && last <= '9' && !weekdayLeads()[lead]
}

// weekdayLeads are the words after which "thứ 2" names a day of the week
// ("sáng thứ 2", "vào thứ 7", "từ thứ 2 đến thứ 6", "các ngày thứ 7");
// "" is a day at the start of a sentence or after a mark.
var weekdayLeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"": true, "vào": true, "sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "khuya": true, "buổi": true, "hôm": true, "từ": true, "đến": true, "tới": true,
		"và": true, "hoặc": true, "nay": true, "hằng": true, "hàng": true, "mỗi": true, "riêng": true, "trừ": true, "nhằm": true, "là": true, "lúc": true, "rạng": true}
})

// ordinalLeads are the words before "thứ" that make "thứ 3" an ordinal
// ("lần thứ 3", "kỳ họp thứ 2", "trang thứ 3", "tuần thứ 2", "Hội nghị
// thứ bảy, ngày 05/5/2024", "Đại hội thứ hai", "phiên họp thứ ba", a
// rank: "xếp thứ 2 ngày 26/5/2024", "đứng thứ 3").
var ordinalLeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"xếp": true, "đứng": true, "lần": true, "kỳ": true, "kì": true, "họp": true, "trang": true, "tuần": true, "khóa": true, "khoá": true, "phần": true, "đợt": true, "vòng": true, "hạng": true,
		"giải": true, "lớp": true, "điều": true, "khoản": true, "mục": true, "người": true, "con": true, "năm": true, "tháng": true, "bước": true, "câu": true, "bài": true, "tầng": true, "số": true, "nghị": true, "hội": true, "phiên": true}
})

// lastLetterWord returns the last word of letters of s, past any spaces,
// brackets and asterisks at its end; "" if s ends with no such word.
func lastLetterWord(s string) string {
	s = strings.TrimRight(s, " (*")
	start := len(s)
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !isLetter(r) {
			break
		}
		start -= n
	}
	return s[start:]
}
