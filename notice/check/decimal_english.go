package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// decimalEnglish reports, for decimal-mixed, a figure written the English
// way, its thousands parted by commas and its decimal by a point
// ("6,812.4 tỷ đồng", "1,245.6 ha"): no Vietnamese figure reads so
// (Vietnamese parts thousands by points and the decimal by a comma,
// "6.812,4"), whatever the rest of the text writes. The fix swaps the two
// marks.
func decimalEnglish(p *Pass, seg *Seg) {
	s := seg.Text
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '.')
		if k < 0 {
			return
		}
		dot := at + k
		at = dot + 1
		from, ok := englishFigure(s, dot)
		if !ok {
			continue
		}
		end := dot + 1
		for end < len(s) && isDigitByte(s[end]) {
			end++
		}
		num := s[from:end]
		right := strings.NewReplacer(",", ".", ".", ",").Replace(num)
		p.Report(seg, from, diag.Msg("số %q viết theo kiểu tiếng Anh: dấu phẩy ngăn nhóm nghìn, dấu chấm thập phân", "the figure %q is written the English way: commas part the thousands, a point the decimal", num),
			diag.Msg("viết %q (tiếng Việt dùng dấu chấm ngăn nhóm nghìn, dấu phẩy thập phân)", "write %q (Vietnamese parts thousands by points and the decimal by a comma)", right))
		at = end
	}
}

// englishFigure reports whether the point at dot ends a figure whose
// thousands are parted by commas ("6,812" of "6,812.4") and starts a
// decimal part that ends the figure, with where the figure starts: one
// to three digits, one or more groups of a comma and three digits, no
// digit, point or slash before it, one or two digits after the point
// (three would be a group of thousands typed after a comma slip,
// "12,500.000 đồng") and no point or comma and digit after them.
func englishFigure(s string, dot int) (int, bool) {
	end := dot + 1
	for end < len(s) && isDigitByte(s[end]) {
		end++
	}
	if end == dot+1 || end > dot+3 || end < len(s) && (s[end] == '.' || s[end] == ',' && end+1 < len(s) && isDigitByte(s[end+1])) {
		return 0, false
	}
	i, groups := dot, 0
	for {
		j := i
		for j > 0 && isDigitByte(s[j-1]) {
			j--
		}
		n := i - j
		if j > 0 && s[j-1] == ',' && n == 3 {
			groups++
			i = j - 1
			continue
		}
		if groups == 0 || n < 1 || n > 3 || j > 0 && (s[j-1] == '.' || s[j-1] == '/') {
			return 0, false
		}
		return j, true
	}
}
