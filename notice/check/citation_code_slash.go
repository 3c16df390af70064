package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// codeSlashes adds to slips a "/" typed after a cited document's code and
// before its date ("Nghị định số 103/2017/NĐ-CP/ ngày 12 tháng 9 năm
// 2017"): a số, ký hiệu ends with the issuer's letters (Phụ lục I, Mục
// II, khoản 3), and the citation reads its date past the mark.
func codeSlashes(v *View, seg *Seg, slips []formSlip) []formSlip {
	if !strings.Contains(seg.Text, "/ ") {
		return slips
	}
	for _, c := range citations(v) {
		if c.seg != seg || c.DateOff <= c.End || !strings.HasPrefix(seg.Text[c.End:], "/ ") {
			continue
		}
		code := seg.Text[c.Off:c.End]
		slips = append(slips, formSlip{off: c.End, ref: diag.RefNumber,
			msg: diag.Msg("số, ký hiệu %q có dấu \"/\" thừa ở cuối", "the number and code %q end with a stray \"/\"", code+"/"),
			fix: diag.Msg("viết %q", "write %q", code)})
	}
	return slips
}
