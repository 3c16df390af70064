package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// commaGroupedAmounts finds a sum of money whose thousands are parted by
// commas, the English way ("Lệ phí dự thi: 100,000 đồng/học sinh"):
// Vietnamese parts the thousands with dots and writes a comma only
// before decimals, and no sum of đồng has three decimals, so the figure
// is the English grouping whatever the rest of the notice writes. A
// figure that opens with "0," ("0,500 đồng") or runs on from a digit,
// letter or mark is left alone.
func commaGroupedAmounts(p *Pass, texts []Seg) {
	for _, seg := range withSegs(texts) {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !mayGroupByComma(seg.Text) {
			continue
		}
		for _, m := range commaAmountRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			at := m[2]
			if !freeBefore(seg.Text, at) {
				continue
			}
			figure := seg.Text[m[2]:m[3]]
			rest := seg.Text[m[3]:]
			if u := moneyUnit(strings.TrimPrefix(rest, " ")); u == "" || u == "đồng" && !moneyAfter(strings.TrimPrefix(rest, " ")[len(u):]) {
				continue
			}
			dotted := strings.ReplaceAll(figure, ",", ".")
			p.Report(seg, at, diag.Msg("%q: số tiền phân cách hàng nghìn bằng dấu phẩy; tiếng Việt dùng dấu chấm phân cách hàng nghìn, dấu phẩy chỉ đứng trước phần thập phân", "%q: a sum with its thousands parted by commas; Vietnamese parts them with dots and writes a comma only before decimals", figure),
				diag.Msg("viết %q", "write %q", dotted))
		}
	}
}

// mayGroupByComma reports whether s holds what every match of
// commaAmountRe holds, a digit, a comma and three digits: the
// expression, tried from every figure, need not run over the many
// paragraphs that have commas and no such figure.
func mayGroupByComma(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0; i = nextByte(s, ',', i) {
		if i > 0 && isDigitByte(s[i-1]) && i+3 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) {
			return true
		}
	}
	return false
}

// commaAmountRe is a figure grouped by commas in threes: "100,000",
// "1,200,000"; its first group has no leading zero.
var commaAmountRe = lazyre.New(`([1-9]\d{0,2}(?:,\d{3})+)(?:[^\d,.]|$)`)
