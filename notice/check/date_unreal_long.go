package check

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// longDateYearRe is a date written in words whose year's digits are taken
// whole, however many: "ngày 18 tháng 12 năm 20226".
// Tried from "n" and "N" only; the word's start is read by the caller.
var longDateYearRe = lazyre.New(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d+)`)

// dateUnrealLong reports, as dateUnreal does for "ngày 08/6/20210", a
// date written in words whose year has a digit too many ("ngày 18 tháng
// 12 năm 20226") or too few ("năm 202"): no rule reading the day takes
// it for a date, so it would pass unsaid. A year a space splits ("năm
// 20 26") is spacing's, one an ellipsis cuts a quotation's. A year of
// three figures is said only when it is the notice's year, or one beside
// it, with a figure dropped ("năm 226", "năm 202" in a notice of 2026): a
// commemoration dates history so ("ngày 8 tháng 3 năm 938").
func dateUnrealLong(p *Pass, seg *Seg) {
	if !oddYearDigits(seg.Text) {
		return
	}
	for _, m := range longDateYearRe().FindAllStringSubmatchIndex(seg.Text, -1) {
		if r, _ := utf8.DecodeLastRuneInString(seg.Text[:m[0]]); m[0] > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // "ngày" inside a word
		}
		year := seg.Text[m[6]:m[7]]
		date := seg.Text[m[2]:m[7]] // "18 tháng 12 năm 20226"
		switch {
		case len(year) > 4:
			p.Report(seg, m[6], diag.Msg("ngày %q có năm %q thừa chữ số: năm viết bốn chữ số", "the date %q has the year %q, with a digit too many: a year has four", date, year),
				diag.Msg("bỏ chữ số thừa, để năm đủ bốn chữ số", "take out the extra digit, leaving the year's four"))
		case len(year) == 3 && droppedFrom(year, p.View.Date.Year) && !digitAfterSpace(seg.Text[m[7]:]) && !cutAfter(seg.Text[m[7]:]):
			p.Report(seg, m[6], diag.Msg("ngày %q có năm %q không đủ bốn chữ số", "the date %q has the year %q, not four digits", date, year),
				diag.Msg("viết đủ năm, bốn chữ số", "write the year in full, four digits"))
		}
	}
}

// droppedFrom reports whether year, three figures, is the notice's year
// issued, or the year before or after it, with one figure dropped.
func droppedFrom(year string, issued int) bool {
	for y := issued - 1; issued > 0 && y <= issued+1; y++ {
		full := strconv.Itoa(y)
		for i := range full {
			if full[:i]+full[i+1:] == year {
				return true
			}
		}
	}
	return false
}

// oddYearDigits reports whether s holds "năm" in any case, spaces, and a
// run of three figures or of five and more: the only years dateUnrealLong
// says. longDateYearRe, tried on every text with a year, cost some 1M
// instructions a notice; TestOddYearDigitsGate holds the gate no narrower
// than the expression.
func oddYearDigits(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		// "ă" is C4 83, "Ă" C4 82; n, N and m, M differ by 0x20 alone.
		if s[i] != 0xC4 || s[i+1]&^1 != 0x82 || s[i-1]|0x20 != 'n' || s[i+2]|0x20 != 'm' {
			continue
		}
		k := i + 3
		for k < len(s) && isReSpace(s[k]) {
			k++
		}
		d := k
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		if n := d - k; k > i+3 && (n == 3 || n >= 5) {
			return true
		}
	}
	return false
}
