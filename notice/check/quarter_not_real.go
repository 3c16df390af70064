package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// quarterPastIVRe is a quarter numbered past the fourth, with its year:
// "quý V năm 2027", "Quý 5/2027".
var quarterPastIVRe = lazyre.New(`(?:^|[^\p{L}\p{N}])((?:[Qq]uý|QUÝ)\s+(?:V|VI{1,3}|IX|[5-9]))(?:\s*/\s*\d{4}|\s+năm\s+\d{4})`)

// quarterNotReal reports, for date-style, a quarter that does not exist
// ("trong quý V năm 2027"): a year has four; a reader cannot tell which
// was meant. Read only with its year after it, so that no other "quý"
// ("quý vị") is taken for one.
func quarterNotReal(p *Pass, seg *Seg) {
	if !strings.Contains(seg.Text, "uý") && !strings.Contains(seg.Text, "UÝ") {
		return
	}
	for _, m := range quarterPastIVRe().FindAllStringSubmatchIndex(seg.Text, -1) {
		p.Report(seg, m[2], diag.Msg("%q không có thật (một năm có bốn quý)", "%q does not exist (a year has four quarters)", seg.Text[m[2]:m[3]]),
			diag.Msg("sửa lại quý (I, II, III hoặc IV)", "correct the quarter (I, II, III or IV)"))
	}
}
