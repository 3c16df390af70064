package check

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// collectiveBodies open the authority line of a text a collective
// issues (Mẫu 1.2's thẩm quyền ban hành: "ỦY BAN NHÂN DÂN TỈNH ...",
// "HỘI ĐỒNG NHÂN DÂN ...", "CHÍNH PHỦ"). Bodies whose collective form is
// less certain (a Hội đồng of a sector, a board) are left.
// head is the authority line the body's head would write instead.
var collectiveBodies = []struct{ caps, name, head string }{
	{"ỦY BAN NHÂN DÂN", "Ủy ban nhân dân", "CHỦ TỊCH ỦY BAN NHÂN DÂN"},
	{"UỶ BAN NHÂN DÂN", "Ủy ban nhân dân", "CHỦ TỊCH UỶ BAN NHÂN DÂN"},
	{"HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân", "CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN"},
	{"THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "Thường trực Hội đồng nhân dân", "CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN"},
	{"CHÍNH PHỦ", "Chính phủ", "THỦ TƯỚNG CHÍNH PHỦ"},
}

// collectiveAuthority is the authority line of a text a collective
// issues, right before a "Căn cứ", and the index of the body it opens
// with in collectiveBodies; nil when the text has none.
func collectiveAuthority(v *View) (*Seg, int) {
	if v.Type != Other || len(v.Body) < 2 || !strings.HasPrefix(strings.TrimSpace(v.Body[1].Text), "Căn cứ") {
		return nil, 0
	}
	t := strings.TrimSpace(v.Body[0].Text)
	if !isUpperText(t) {
		return nil, 0
	}
	for i, b := range collectiveBodies {
		if t == b.caps || strings.HasPrefix(t, b.caps+" ") {
			return &v.Body[0], i
		}
	}
	return nil, 0
}

// collectiveTM reports a first signature without "TM." under a
// collective's authority: the collective issues the text, so its head
// or a deputy signs on its behalf, "TM. ỦY BAN NHÂN DÂN" above "CHỦ
// TỊCH" or "KT. CHỦ TỊCH" (Điều 13; NĐ 30's own example). The other
// direction, "TM." under a Chủ tịch's own authority, is chairTM's.
func collectiveTM(p *Pass, prefixes []string, segs []*Seg) {
	a, i := collectiveAuthority(p.View)
	if a == nil || len(prefixes) == 0 {
		return
	}
	if !isUpperText(strings.TrimSpace(segs[0].Text)) {
		return // a library's form of a signature ("Phó Chủ tịch / (Đã ký)"), whose lines are not the office's
	}
	switch prefixes[0] {
	case "", "KT.", "Q.":
	default:
		return // TM. as asked; TL./TUQ. signatures are another question
	}
	body := collectiveBodies[i]
	vi := fmt.Sprintf("văn bản ban hành theo thẩm quyền của tập thể (%s, dòng %d) nhưng chữ ký không có \"TM.\"", body.name, a.LineAt(0))
	en := fmt.Sprintf("the text is issued under the authority of the collective (%s, line %d) but the signature has no \"TM.\"", body.name, a.LineAt(0))
	p.Report(segs[0], 0, diag.Text{VI: vi, EN: en},
		diag.Msg("ghi \"TM. %s\" trên chức vụ người ký; nếu văn bản ban hành theo thẩm quyền riêng của người đứng đầu, dòng thẩm quyền ghi chức vụ (\"%s ...\")",
			"write \"TM. %s\" above the signer's title; if the head issues the text under their own authority, the authority line gives the title (\"%s ...\")", body.caps, body.head))
}
