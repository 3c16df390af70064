package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// percentPointRe is a share written with a decimal point: a figure, a
// point, one or two figures, the percent sign ("96.5%", "12.25 %"). A
// group of thousands has three figures after its point, and no share
// needs one. Group 1 is the figure.
var percentPointRe = lazyre.New(`(?:^|[^\d.,\p{L}])(\d{1,3}\.\d{1,2}) ?%`)

// decimalPercents reports, for decimal-mixed, a share written with the
// English decimal point ("đạt 96.5%"): Vietnamese writes "96,5%", and
// the point here can be no group of thousands, whatever the rest of the
// text writes.
func decimalPercents(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleArchive || !strings.Contains(seg.Text, "%") || strings.IndexByte(seg.Text, '.') < 0 {
			continue
		}
		for _, m := range percentPointRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			num := seg.Text[m[2]:m[3]]
			p.Report(seg, m[2], diag.Msg("tỷ lệ %q dùng dấu chấm thập phân", "the share %q uses a decimal point", num+"%"),
				diag.Msg("viết %q (tiếng Việt dùng dấu phẩy thập phân)", "write %q (Vietnamese uses a decimal comma)", strings.Replace(num, ".", ",", 1)+"%"))
		}
	}
}
