package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// decimalGrouped reports a figure whose full stops part both its
// thousands and its decimals ("7.441.3", "2.803.26", r71): groups of three
// figures after the first, then a last group of one or two. Vietnamese
// parts thousands with "." and the decimals with ","; the last full stop
// stands for the comma ("7.441,3"). A date ("12.10.2020"), a section's
// number ("1.2.3") or a code of a procedure ("1.001234") has no group of
// three before a short one.
func decimalGrouped(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := strings.IndexByte(text[from:], '.')
		if i < 0 {
			return
		}
		at := from + i
		from = at + 1
		if at == 0 || !isDigit(text[at-1]) {
			continue
		}
		start, end, ok := groupedDecimal(text, at)
		if !ok || shortSumUnit(text[end:]) {
			continue // "1.500.00 đồng": a sum missing a figure (amount_short_group.go)
		}
		num := text[start:end]
		k := strings.LastIndexByte(num, '.')
		right := num[:k] + "," + num[k+1:]
		if num[k+1:] == "00" {
			reportZeroGroup(p, seg, start, num, right)
			from = end
			continue
		}
		p.Report(seg, start, diag.Msg("số %q dùng dấu chấm vừa tách hàng nghìn vừa làm dấu thập phân", "the figure %q uses a full stop both for its thousands and for its decimals", num),
			diag.Msg("viết %q (dấu chấm tách hàng nghìn, dấu phẩy thập phân)", "write %q (a full stop for the thousands, a comma for the decimals)", right))
		from = end
	}
}

// reportZeroGroup reports a figure whose last group after a full stop is
// "00" ("6.500.00" in a column of sums whose unit stands in its head): a
// group of the thousands short of a figure as likely as decimals written
// after a full stop, so the clerk is asked which, the whole figure first
// ("6.500.000") and the decimals after a comma ("6.500,00").
func reportZeroGroup(p *Pass, seg *Seg, start int, num, right string) {
	p.Report(seg, start, diag.Msg("số %q có nhóm cuối \"00\" sau dấu chấm: nhóm hàng nghìn thiếu một chữ số, hoặc phần thập phân viết sau dấu chấm", "the figure %q ends in a group \"00\" after a full stop: a group of the thousands short of a figure, or decimals after a full stop", num),
		diag.Msg("kiểm tra lại: viết %q nếu là số nguyên (nhóm cuối đủ ba chữ số), hoặc %q nếu có phần thập phân (dấu phẩy thập phân)", "check it: write %q if it is a whole number (three figures in the last group), or %q if it has decimals (a comma before them)", num+"0", right))
}

// groupedDecimal reads the figure whose first full stop is text[dot]: its
// start, its end, and whether it is one to three figures, one or more
// groups of three after full stops, then a last group of one or two
// after a full stop, with no figure, full stop or comma and figure around,
// no letter before it and no 0 opening a group of two or three figures.
func groupedDecimal(text string, dot int) (int, int, bool) {
	start := dot
	for start > 0 && isDigit(text[start-1]) {
		start--
	}
	if dot-start > 3 || start > 0 && (text[start-1] == '.' || text[start-1] == ',' || letterBefore(text[:start])) {
		return 0, 0, false
	}
	if text[start] == '0' && dot-start > 1 {
		return 0, 0, false // "098.131.51": a telephone's figures, no amount opens with 0
	}
	var groups []int
	i := dot
	for i < len(text) && text[i] == '.' {
		j := i + 1
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j == i+1 {
			break
		}
		groups = append(groups, j-i-1)
		i = j
	}
	if len(groups) < 2 || i < len(text) && (text[i] == ',' || text[i] == '.') && i+1 < len(text) && isDigit(text[i+1]) {
		return 0, 0, false
	}
	last := groups[len(groups)-1]
	if last > 2 {
		return 0, 0, false
	}
	for _, g := range groups[:len(groups)-1] {
		if g != 3 {
			return 0, 0, false
		}
	}
	if i < len(text) && isLetter(rune(text[i])) && !gluedUnit(text[i:]) {
		return 0, 0, false
	}
	return start, i, true
}

// gluedUnit reports whether s opens with a unit glued to a figure
// ("m2", "ha", "km"), short letters then no more letters.
func gluedUnit(s string) bool {
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || isDigit(s[n])) {
		n++
	}
	return n <= 3
}

// letterBefore reports whether s ends in a letter ("Đ" of "BĐ1.234.5" as
// well as "u" of "Điều1.234.5").
func letterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isLetter(r)
}
