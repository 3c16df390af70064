package check

import (
	"slices"
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
	for _, d := range p.View.datesOf(seg.Text) {
		if d.Date.IsReal() || d.Date.Year < 1900 || d.Date.Year > 2999 || notSolarDate(seg.Text, d) || saidElsewhere(p.View, seg, d) {
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

// notSolarDate reports whether the date-like d of t is no day of the
// calendar a notice writes: a number after "số" ("Quyết định số
// 12/15/2026", "mẫu số 02/13/2026") or another label of a code
// (codeBefore: "mã 12/15/2026", "Ký hiệu lô hàng 29/02/2027"), a lunar day ("ngày 30/02/2027 âm
// lịch": a lunar month has 30 days), or words quoted from another
// document ("Effective date: 12/25/2026").
func notSolarDate(t string, d cite.DateMatch) bool {
	if codeBefore(t, d.Off) {
		return true
	}
	after := strings.ToLower(t[d.End:min(len(t), d.End+24)])
	after = strings.TrimLeft(after, " \u00a0(,-")
	if strings.HasPrefix(after, "âm lịch") || strings.HasPrefix(after, "al)") || strings.HasPrefix(after, "âl") {
		return true
	}
	return quoted(t, d.Off)
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

// datesOf returns the whole dates of s (cite.FindDates), read once a text.
func (v *View) datesOf(s string) []cite.DateMatch {
	x := v.index(s)
	if !x.datesRead {
		x.dates, x.datesRead = cite.FindDates(s), true
	}
	return x.dates
}

// codeLabels are the words that name a code, a mark or a version, whose
// value may be shaped as a date: "mã 12/15/2026", "ký hiệu 30/02/2027",
// "số hiệu", "phiên bản", "version". The last word of each, then the
// word before it ("" for a label of one word).
var codeLabels = [][2]string{{"mã", ""}, {"hiệu", "ký"}, {"hiệu", "số"}, {"hiệu", "mã"}, {"bản", "phiên"}, {"version", ""}}

// timeWords are words that lead to a day ("ngày", "từ", "trước" ...): a
// date after one of them is a day, whatever label comes before.
var timeWords = []string{"ngày", "từ", "đến", "trước", "sau", "vào", "hạn", "hết", "là", "lúc", "kể", "nhất"}

// codeBefore reports whether the date-like run at off in t is the value
// of a code, not a day: right after "số" ("Quyết định số 12/15/2026"),
// or after a label of codeLabels with at most two words between and none
// of them a word of time ("Ký hiệu lô hàng 29/02/2027", "mã hồ sơ
// 12/15/2026"; not "mã hồ sơ nộp trước 12/12/2026", "Mã của đợt là
// 30/02/2027").
func codeBefore(t string, off int) bool {
	end := len(strings.TrimRight(t[:off], " \u00a0\t:"))
	var words []string // the words before off, the nearest first, to a mark
	for len(words) < 4 {
		w := wordBefore(t, end)
		if w == "" {
			break
		}
		words = append(words, strings.ToLower(w))
		end = len(strings.TrimRight(t[:end-len(w)], " \u00a0\t")) // a mark before it ends the words
	}
	if len(words) > 0 && words[0] == "số" {
		return true
	}
	for i, w := range words {
		if i > 2 || slices.Contains(timeWords, w) {
			return false
		}
		for _, l := range codeLabels {
			if w == l[0] && (l[1] == "" || i+1 < len(words) && words[i+1] == l[1]) {
				return true
			}
		}
	}
	return false
}
