package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// unitHeadTitles open the title of the head of a unit under the
// authority, who signs "TL." for the head (Điều 13, khoản 1, điểm c:
// "TL. HIỆU TRƯỞNG" over "TRƯỞNG PHÒNG CÔNG TÁC SINH VIÊN"), never "KT.".
var unitHeadTitles = []string{"TRƯỞNG PHÒNG ", "CHÁNH VĂN PHÒNG", "TRƯỞNG KHOA ", "VỤ TRƯỞNG ", "CỤC TRƯỞNG ", "CHÁNH THANH TRA"}

// signerMarkTitle reports the title under an authority line that belongs
// to the other mark: "PHÓ X" under "TL. X" or "TM. X" (the deputy signs
// for the head "KT. X"; "TM." stands before a collective, not a head's
// title), and a unit's head under "KT. X" (he signs "TL. X"). The
// clerk copied the mark of another notice's signer. A title that is not
// of the same head ("PHÓ CHÁNH VĂN PHÒNG" under "TL. GIÁM ĐỐC") is left.
func signerMarkTitle(p *Pass, segs []*Seg) {
	for i, s := range segs[:max(len(segs)-1, 0)] {
		up := strings.ToUpper(strings.TrimSpace(s.Text))
		m := signerPrefix(up)
		if m == nil {
			continue
		}
		head := strings.Join(strings.Fields(up[len(m[0]):]), " ")
		next := segs[i+1]
		title := strings.Join(strings.Fields(next.Text), " ")
		if head == "" || title != strings.ToUpper(title) || signerPrefix(title) != nil {
			continue
		}
		switch {
		case (m[1] == "TL" || m[1] == "TM") && (isHeadPost(title, "PHÓ ", head) || ministerDeputy(title, head)): // signer_head_post.go
			p.Report(s, 0, diag.Msg("cấp phó (%s) ký thay người đứng đầu: ghi \"KT.\", không ghi \"%s.\"", "a deputy (%s) signs for the head with \"KT.\", not \"%s.\"", next.Text, m[1]),
				diag.Msg("viết %q", "write %q", "KT. "+head))
		case m[1] == "KT" && unitHead(title) && !strings.HasPrefix(title+" ", head+" "):
			p.Report(s, 0, diag.Msg("người đứng đầu đơn vị thuộc (%s) ký thừa lệnh: ghi \"TL.\", không ghi \"KT.\"", "the head of a unit under the authority (%s) signs \"TL.\", not \"KT.\"", next.Text),
				diag.Msg("viết %q, hoặc ghi chức vụ của cấp phó %q", "write %q, or the deputy's title %q", "TL. "+head, "PHÓ "+head))
		}
	}
}

// unitHead reports whether title opens with the title of a unit's head.
func unitHead(title string) bool {
	for _, t := range unitHeadTitles {
		if strings.HasPrefix(title+" ", t) {
			return true
		}
	}
	return false
}

// ministerDeputy reports "THỨ TRƯỞNG" under "BỘ TRƯỞNG": a minister's
// deputy is not "PHÓ BỘ TRƯỞNG".
func ministerDeputy(title, head string) bool {
	return head == "BỘ TRƯỞNG" && (title == "THỨ TRƯỞNG" || strings.HasPrefix(title, "THỨ TRƯỞNG "))
}
