package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// ktHeadTitle reports the line under "KT. X" that is X again ("KT. GIÁM
// ĐỐC" over "GIÁM ĐỐC"): the one who signs KT. is the deputy, whose own
// title stands there ("PHÓ GIÁM ĐỐC"), and the head does not sign for
// himself (Điều 13, khoản 1; Phụ lục I, Mục II, khoản 7, điểm b). A
// template's "PHÓ" left out, or the head's title copied down, is the
// clerk's slip. "TL. X" and "TUQ. X" over X again are the same slip:
// the one who signs thừa lệnh or thừa ủy quyền is a unit's head or the
// person the head named, under his own title (Điều 13, khoản 3 and 4).
func ktHeadTitle(p *Pass, segs []*Seg) {
	for i, s := range segs {
		up := strings.ToUpper(strings.TrimSpace(s.Text))
		m := signerPrefix(up)
		if m == nil || m[1] != "KT" && m[1] != "TL" && m[1] != "TUQ" || i+1 >= len(segs) {
			continue
		}
		head := strings.Join(strings.Fields(up[len(m[0]):]), " ")
		next := segs[i+1]
		title := strings.Join(strings.Fields(strings.ToUpper(next.Text)), " ")
		if head == "" || !isHeadPost(title, "", head) || signerPrefix(title) != nil { // signer_head_post.go
			continue
		}
		if m[1] != "KT" {
			delegateHeadTitle(p, s, next)
			continue
		}
		p.Report(next, 0, diag.Msg("dưới dòng %q phải là chức vụ của cấp phó ký thay, không ghi lại %q", "under %q stands the title of the deputy who signs for the head, not the head's own %q", strings.TrimSpace(s.Text), strings.TrimSpace(next.Text)),
			diag.Msg("ghi chức vụ của người ký thay, ví dụ %q", "write the deputy's title, e.g. %q", "PHÓ "+title))
	}
}

// delegateHeadTitle reports the head's own title under "TL. X" or
// "TUQ. X": the signer there is the unit's head or the one named to sign,
// who writes his own title ("CHÁNH VĂN PHÒNG").
func delegateHeadTitle(p *Pass, mark, next *Seg) {
	p.Report(next, 0, diag.Msg("dưới dòng %q phải là chức vụ của người ký thừa lệnh hoặc thừa ủy quyền, không ghi lại %q", "under %q stands the title of the one who signs on the head's order or authority, not the head's own %q", strings.TrimSpace(mark.Text), strings.TrimSpace(next.Text)),
		diag.Msg("ghi chức vụ của người ký, ví dụ \"CHÁNH VĂN PHÒNG\"", "write the signer's own title, e.g. \"CHÁNH VĂN PHÒNG\""))
}

// signerSegs are the signer's lines in order.
func signerSegs(v *View) []*Seg {
	out := make([]*Seg, len(v.Signer))
	for i := range v.Signer {
		out[i] = &v.Signer[i]
	}
	return out
}
