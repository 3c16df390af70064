package check

import (
	"iter"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// decimalPercents reports, for decimal-mixed, a share written with the
// English decimal point ("đạt 96.5%", "12.25 %"): Vietnamese writes
// "96,5%", and a point with one or two figures after it can be no group
// of thousands, whatever the rest of the text writes.
func decimalPercents(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive {
			continue
		}
		s := seg.Text
		for i := range percentSigns(s) {
			if from, ok := percentPoint(s, i); ok {
				num := s[from:i]
				num = strings.TrimRight(num, " ")
				p.Report(seg, from, diag.Msg("tỷ lệ %q dùng dấu chấm thập phân", "the share %q uses a decimal point", num+"%"),
					diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(num, ".", ",", 1)+"%"))
			}
		}
	}
}

// percentPoint reads back from the "%" at s[pct] a figure of one to three
// digits, a point, one or two digits and a space or none ("96.5%"), and
// returns where the figure starts; no digit, point, comma or letter may
// stand before it ("1.250.5%", "v2.5%").
func percentPoint(s string, pct int) (int, bool) { return percentDecimal(s, pct, '.') }

// percentDecimal is percentPoint with the decimal mark given: '.' or ','
// ("29,0%").
func percentDecimal(s string, pct int, mark byte) (int, bool) {
	j := pct
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	frac := 0
	for j > 0 && isDigitByte(s[j-1]) {
		j--
		frac++
	}
	if frac < 1 || frac > 2 || j == 0 || s[j-1] != mark {
		return 0, false
	}
	j--
	whole := 0
	for j > 0 && isDigitByte(s[j-1]) {
		j--
		whole++
	}
	if whole < 1 || whole > 3 {
		return 0, false
	}
	if j > 0 {
		c := s[j-1]
		if c == '.' || c == ',' || isDigitByte(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 {
			return 0, false
		}
	}
	return j, true
}

// commaPercent reports whether s holds a share written with the decimal
// comma ("đạt 29,0%"): a text that writes its decimals the Vietnamese way.
func commaPercent(s string) bool {
	for i := range percentSigns(s) {
		if _, ok := percentDecimal(s, i, ','); ok {
			return true
		}
	}
	return false
}

// percentSigns yields the place of each "%" of s.
func percentSigns(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for at := 0; ; {
			i := strings.IndexByte(s[at:], '%')
			if i < 0 || !yield(at+i) {
				return
			}
			at += i + 1
		}
	}
}
