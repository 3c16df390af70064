package check

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// chairAuthority is the authority line of a text issued under a
// Chủ tịch's own authority, the line in capitals between the trích yếu
// and the grounds ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", Mẫu 1.2's
// thẩm quyền ban hành): the first paragraph of the body, right before a
// "Căn cứ". nil when the text has none.
func chairAuthority(v *View) *Seg {
	if v.Type != Other || len(v.Body) < 2 {
		return nil
	}
	t := strings.TrimSpace(v.Body[0].Text)
	if !strings.HasPrefix(t, "CHỦ TỊCH ") || !isUpperText(t) || !strings.HasPrefix(strings.TrimSpace(v.Body[1].Text), "Căn cứ") {
		return nil
	}
	return &v.Body[0]
}

// chairTM reports a "TM." signature under a Chủ tịch's own authority:
// the text is the Chủ tịch's, who signs "CHỦ TỊCH" or "KT. CHỦ TỊCH",
// not on behalf of the collective (Điều 13: "TM." is signing for a
// collective, "TM. ỦY BAN NHÂN DÂN").
func chairTM(p *Pass, prefixes []string, segs []*Seg) {
	a := chairAuthority(p.View)
	if a == nil {
		return
	}
	for i, pre := range prefixes {
		if pre != "TM." {
			continue
		}
		vi := fmt.Sprintf("văn bản ban hành theo thẩm quyền của Chủ tịch (dòng %d) nhưng ký \"TM.\" tập thể", a.LineAt(0))
		en := fmt.Sprintf("the text is issued under the Chủ tịch's own authority (line %d) but signed \"TM.\" for the collective", a.LineAt(0))
		p.Report(segs[i], 0, diag.Text{VI: vi, EN: en},
			diag.Msg("Chủ tịch ký \"CHỦ TỊCH\", cấp phó ký \"KT. CHỦ TỊCH\" / \"PHÓ CHỦ TỊCH\"", "the Chủ tịch signs \"CHỦ TỊCH\", a deputy \"KT. CHỦ TỊCH\" / \"PHÓ CHỦ TỊCH\""))
		return
	}
}
