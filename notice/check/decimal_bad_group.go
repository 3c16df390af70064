package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// decimalBadGroup reports a figure written the Vietnamese way, its
// thousands parted by full stops and its decimals by a comma, one of
// whose groups after a full stop holds other than three figures
// ("3.0636,6 m2", "12.50,5 ha"): every group of thousands holds three, so
// a figure is one too many or missing, which only the office knows. Read
// only before a comma and one or two decimals, the figure ending there:
// a pair of coordinates ("21.0285,105.8542"), a telephone number
// ("04.38263477"), a code of a procedure ("2.000815") or a section's
// number ("1.2") holds no such comma.
func decimalBadGroup(p *Pass, seg *Seg) {
	text := seg.Text
	for from := 0; ; {
		i := strings.IndexByte(text[from:], ',')
		if i < 0 {
			return
		}
		comma := from + i
		from = comma + 1
		start, end, group := badGroupFigure(text, comma)
		if group == "" || !badGroupSure(text, start, end, group) {
			continue
		}
		num := text[start:end]
		p.Report(seg, start, diag.Msg("số %q có nhóm %q sau dấu chấm gồm %d chữ số: mỗi nhóm hàng nghìn có ba chữ số", "the figure %q has the group %q of %d figures after a full stop: each group of thousands holds three", num, group, len(group)),
			diag.Msg("kiểm tra lại số, viết mỗi nhóm sau dấu chấm đủ ba chữ số (như \"3.036,6\")", "check the figure and write three figures in each group after a full stop (as \"3.036,6\")"))
		from = end
	}
}

// badGroupSure tells a figure of one full stop whose group is short
// ("7.5,8", "8.25,9") from a slip only by a unit of measure after it
// ("1.20,5 m2"): without one it is as likely a figure with a decimal point
// and the next of a list ("điểm 7.5,8 và 9"), which a group of thousands'
// message would misname. A group too long ("3.0636,6") or a figure of two
// full stops and more is no decimal point's.
func badGroupSure(text string, start, end int, group string) bool {
	if len(group) > 3 || strings.Count(text[start:end], ".") > 1 {
		return true
	}
	return measureUnitAfter(text[end:])
}

// badGroupFigure reads the figure whose decimal comma stands at
// text[comma]: one or two decimals after it and nothing of a figure
// after them; before it, a first group of one to three figures then
// groups parted by full stops, one at least of other than three figures
// (of one to six). Its start and end, and the first such group; "" for
// none.
func badGroupFigure(text string, comma int) (int, int, string) {
	end := comma + 1
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	if n := end - comma - 1; n < 1 || n > 2 || end < len(text) && (text[end] == '.' || text[end] == ',' || text[end] == '/') {
		return 0, 0, ""
	}
	bad, i := "", comma
	for {
		j := i
		for j > 0 && isDigit(text[j-1]) {
			j--
		}
		g := i - j
		if g == 0 || g > 6 {
			return 0, 0, ""
		}
		if j == 0 || text[j-1] != '.' {
			if g > 3 || bad == "" || j > 0 && (text[j-1] == ',' || text[j-1] == '/' || letterBefore(text[:j])) {
				return 0, 0, ""
			}
			return j, end, bad
		}
		if g != 3 {
			bad = text[j:i] // the last read, the first in the figure
		}
		i = j - 1
	}
}
