package check

import (
	"strconv"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A schedule gives its days without their year: "Thứ Hai (07/12)",
// "thứ Ba, ngày 08/12", "ngày 09/12 (thứ Tư)", the year being the
// notice's. Such a day is held to the weekday written beside it in the
// year that puts it nearest the notice's date, when that is within a
// season of it (cite.YearLess, Around: a week's schedule of December
// names January's days of the next year); farther from it, the year is
// not known and nothing is said.

var (
	// dayThenShortAt: "Thứ Hai (07/12)", "thứ Ba, ngày 08/12", anchored.
	dayThenShortAt = lazyre.New(`\A` + weekdayPat + `\s*,?\s*(?:ngày\s+)?\(?\s*(\d{1,2})\s*/\s*(\d{1,2})`)
	// shortThenDay: "09/12 (thứ Tư)".
	shortThenDay = lazyre.New(`(\d{1,2})\s*/\s*(\d{1,2})\s*\(\s*` + weekdayPat + `\s*\)`)
)

// dayShortReach bounds, in bytes, how far after a weekday dayThenShortAt
// can reach its "/": "Chủ nhật, ngày 13/" is 22 bytes.
const dayShortReach = 48

// weekdayShortDates checks the days of t written without a year.
func weekdayShortDates(p *Pass, seg *Seg, days []int) {
	t := seg.Text
	for _, i := range days {
		if strings.IndexByte(t[i:min(len(t), i+dayShortReach)], '/') < 0 {
			continue // no day and month near: most weekdays of a text
		}
		if m := dayThenShortAt().FindStringSubmatchIndex(t[i:]); m != nil {
			shiftMatch(m, i)
			if !yearFollows(t, m[1]) {
				weekdayShortCheck(p, seg, m[2], m[3], t[m[4]:m[5]], t[m[6]:m[7]])
			}
		}
	}
	for _, m := range shortThenDays(t, days) {
		if !longerFigure(t, m[2]) {
			weekdayShortCheck(p, seg, m[6], m[7], t[m[2]:m[3]], t[m[4]:m[5]])
		}
	}
}

// shortThenDays returns shortThenDay's matches whose weekday stands at
// one of days: the expression is run from the last date byte before
// the bracket that opens the weekday.
func shortThenDays(t string, days []int) [][]int {
	var out [][]int
	for _, i := range days {
		q := i - 1
		for q >= 0 && isRESpace(t[q]) {
			q--
		}
		if q < 0 || t[q] != '(' || strings.IndexByte(t[max(0, q-8):q], '/') < 0 {
			continue // no day and month right before the bracket
		}
		lo := q
		for lo > 0 && (t[lo-1] == '/' || t[lo-1] == ' ' || '0' <= t[lo-1] && t[lo-1] <= '9') {
			lo--
		}
		hi := indexByteFrom(t, i, ')')
		if hi < 0 {
			break
		}
		if m := shortThenDay().FindStringSubmatchIndex(t[lo : hi+1]); m != nil {
			shiftMatch(m, lo)
			out = append(out, m)
		}
	}
	return out
}

// yearFollows reports whether a year or more figures follow the day and
// month ending at end: "07/12/2026" is a whole date, weekdayCheck's.
func yearFollows(t string, end int) bool {
	rest := strings.TrimLeft(t[end:], " \t")
	return rest != "" && (rest[0] == '/' || rest[0] == '.' && len(rest) > 1 && '0' <= rest[1] && rest[1] <= '9' || '0' <= rest[0] && rest[0] <= '9')
}

// longerFigure reports whether the day starting at start is the end of a
// longer figure ("2026/12/07", "1/07/12").
func longerFigure(t string, start int) bool {
	if start == 0 {
		return false
	}
	c := t[start-1]
	return c == '/' || c == '.' || '0' <= c && c <= '9'
}

// weekdayShortCheck reports the weekday t[from:to] when the day and month
// fall on another day in the year nearest the notice's date (Around).
func weekdayShortCheck(p *Pass, seg *Seg, from, to int, day, month string) {
	t := seg.Text
	lead := strings.ToLower(lastLetterWord(t[:from]))
	if ordinalLeads()[lead] || quoted(t, from) || countedInFigure(t[from:to], lead) {
		return
	}
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	date, ok := cite.YearLess(d, m, p.View.Date, cite.Around)
	if !ok || !date.IsReal() || otherYearNamed(t, from, date.Year) {
		return
	}
	written := t[from:to]
	want := weekdayNumber(written)
	if want < 0 || time.Weekday(want) == date.Weekday() {
		return
	}
	dateText := day + "/" + month + "/" + strconv.Itoa(date.Year)
	p.Report(seg, from, diag.Msg("%q: ngày %s là %s, không phải %s", "%q: %s is a %s, not a %s",
		written, dateText, weekdayIn(date.Weekday()), weekdayIn(time.Weekday(want))),
		diag.Msg("sửa thứ thành %q, hoặc sửa ngày cho đúng", "write %q, or mend the date", weekdayNames[date.Weekday()]))
}

// otherYearNamed reports whether the clause of t around off (between
// full stops before a space and semicolons) names years, none of them year: a day of
// another year quoted ("Báo cáo năm 2025 ghi: khởi công vào thứ Sáu
// (10/10)"), whose weekday is that year's.
func otherYearNamed(t string, off, year int) bool {
	lo := max(strings.LastIndex(t[:off], ". "), strings.LastIndexByte(t[:off], ';')) + 1
	hi := len(t)
	for _, stop := range []string{". ", ";"} {
		if k := strings.Index(t[off:], stop); k >= 0 {
			hi = min(hi, off+k)
		}
	}
	named := false
	for i := lo; i+4 <= hi; i++ {
		if isYearAt(t, i) {
			if y, _ := strconv.Atoi(t[i : i+4]); y == year {
				return false
			}
			named = true
		}
	}
	return named
}
