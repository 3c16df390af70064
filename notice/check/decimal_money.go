package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// moneyScales are the words of a sum's scale a figure may stand before
// with a decimal part: "38,6 tỷ đồng", "1,5 triệu đồng".
var moneyScales = [...]string{"tỷ", "tỉ", "triệu", "nghìn", "ngàn"}

// decimalMoneys reports, for decimal-mixed, a sum written with the
// English decimal point before its scale ("38.6 tỷ đồng", "1.25 triệu"):
// Vietnamese writes "38,6 tỷ", and a point with one or two figures after
// it can be no group of thousands ("1.000 tỷ" is one), whatever the rest
// of the text writes, as for a share (decimal_percent.go).
func decimalMoneys(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || strings.IndexByte(seg.Text, '.') < 0 {
			continue
		}
		s := seg.Text
		for _, w := range moneyScales {
			for at := 0; ; {
				k := indexLit(s[at:], w)
				if k < 0 {
					break
				}
				i := at + k
				at = i + len(w)
				if letterAt(s, at) || scaleWordRunsOn(s[at:]) {
					continue
				}
				if from, ok := percentPoint(s, i); ok {
					num := strings.TrimRight(s[from:i], " ")
					what := diag.Msg("số %q dùng dấu chấm thập phân", "the number %q uses a decimal point", num+" "+w)
					if currencyAfter(s[at:]) {
						what = diag.Msg("số tiền %q dùng dấu chấm thập phân", "the sum %q uses a decimal point", num+" "+w)
					}
					p.Report(seg, from, what,
						diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(num, ".", ",", 1)+" "+w))
				}
			}
		}
	}
}

// currencyAfter reports whether the text after a scale names money
// ("đồng", "USD"): "2,5 triệu lượt khách" is a count, not a sum.
func currencyAfter(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[0], ".,;:)")
	return w == "đồng" || w == "đ" || w == "USD" || w == "VNĐ" || w == "VND" || w == "Đồng"
}

// scaleWordRunsOn reports whether the scale word before rest is the
// first syllable of another word: "triệu tập", "triệu chứng", "tỷ lệ",
// "tỷ trọng", "tỷ giá", "tỷ số" ("mục 2.1 triệu tập cán bộ" holds no sum).
func scaleWordRunsOn(rest string) bool {
	for _, w := range [...]string{" tập", " chứng", " hồi", " phú", " lệ", " trọng", " giá", " số", " suất"} {
		if strings.HasPrefix(rest, w) && !letterAt(rest, len(w)) {
			return true
		}
	}
	return false
}
