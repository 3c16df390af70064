package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// dateNotReal reports, for date-style, a whole date of seg whose day or
// month does not exist ("Ngày 31/11/2026, ...", a schedule's cell
// "30/02/2027", "ngày 17 tháng 13 năm 2027"), wherever it stands: a
// reader cannot tell which day was meant. A date another rule reads says
// it there, once: a deadline's (deadline-date), a citation's
// (citation-date), the meeting's (meeting-date), one beside its day of
// the week (weekday-date); a year of the wrong length is dateUnreal's.
func dateNotReal(p *Pass, seg *Seg) {
	if !mayBeUnreal(seg.Text) {
		return
	}
	for _, d := range cite.FindDates(seg.Text) {
		if d.Date.IsReal() || d.Date.Year < 1900 || d.Date.Year > 2999 || saidElsewhere(p.View, seg, d) {
			continue
		}
		if sw := (cite.Date{Year: d.Date.Year, Month: d.Date.Day, Day: d.Date.Month}); !d.Long && d.Date.Month > 12 && sw.IsReal() {
			p.Report(seg, d.Off, diag.Msg("ngày %s không có thật: tháng viết trước ngày, theo cách viết của tiếng Anh", "the date %s does not exist: the month is written before the day, the English way", d.Text),
				diag.Msg("viết ngày trước, tháng sau: %q", "write the day first, then the month: %q", sw.Short()))
			continue
		}
		p.Report(seg, d.Off, unrealDate(diag.Msg("ngày", "the date"), d.Date),
			diag.Msg("sửa lại ngày theo lịch", "correct the date from the calendar"))
	}
}

// saidElsewhere reports whether the unreal date d of seg is another
// rule's to say: inside a deadline, a citation's date, the meeting's
// date in the opening, or beside a day of the week.
func saidElsewhere(v *View, seg *Seg, d cite.DateMatch) bool {
	same := func(s *Seg) bool { return s.Text == seg.Text && s.PosAt(0) == seg.PosAt(0) }
	for _, dl := range deadlines(v) {
		if dl.Off <= d.Off && d.Off < dl.End && same(dl.seg) {
			return true
		}
	}
	for _, c := range citations(v) {
		if c.DateOff >= 0 && c.DateOff <= d.End && d.Off <= c.DateOff+8 && same(c.seg) {
			return true
		}
	}
	if seg.Role == RoleOpening && d.Date == v.Meeting {
		return true
	}
	return nearWeekday(seg.Text, d.Off, d.End)
}

// nearWeekday reports whether a day of the week stands just before the
// date at t[from:to] ("Thứ Năm, ngày 31/11/2026") or just after it
// ("31/11/2026 (thứ Hai)"): weekday-date's.
func nearWeekday(t string, from, to int) bool {
	before := strings.ToLower(t[max(0, from-24):from])
	after := strings.ToLower(t[to:min(len(t), to+16)])
	for _, w := range []string{"thứ ", "chủ nhật"} {
		if strings.Contains(before, w) || strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// mayBeUnreal reports whether s may hold a date that does not exist: a
// day of 0 or of 29 or more before a "/" or after "ngày ", or a month of
// 0 or of 13 or more after a "/" or "tháng ". Every other date is real, whatever its
// year: the test spares the dates' reading where none can be.
func mayBeUnreal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '/' {
			continue
		}
		if d, m := twoDigitsBefore(s, i), twoDigitsAfter(s, i+1); d >= 29 || d == 0 || m >= 13 || m == 0 {
			return true
		}
	}
	for _, w := range [...]struct {
		lit string
		min int
	}{{"ngày ", 29}, {"tháng ", 13}} {
		for k := 0; ; {
			j := strings.Index(s[k:], w.lit)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(w.lit)
			if n := twoDigitsAfter(s, k); n >= w.min || n == 0 {
				return true
			}
			if d := twoDigitsBefore(s, at-1); at > 0 && s[at-1] == ' ' && w.min == 13 && (d >= 29 || d == 0) {
				return true // "30 tháng 02": the day before the month's word
			}
		}
	}
	return false
}

// twoDigitsBefore is the number the one or two digits right before s[i]
// write, -1 when none.
func twoDigitsBefore(s string, i int) int {
	n, mul, k := 0, 1, 0
	for ; k < 2 && i-1-k >= 0 && s[i-1-k] >= '0' && s[i-1-k] <= '9'; k++ {
		n += int(s[i-1-k]-'0') * mul
		mul *= 10
	}
	if k == 0 {
		return -1
	}
	return n
}

// twoDigitsAfter is the number the one or two digits from s[i] write, -1
// when none.
func twoDigitsAfter(s string, i int) int {
	n, k := 0, 0
	for ; k < 2 && i+k < len(s) && s[i+k] >= '0' && s[i+k] <= '9'; k++ {
		n = n*10 + int(s[i+k]-'0')
	}
	if k == 0 {
		return -1
	}
	return n
}
