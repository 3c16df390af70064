package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "empty-part", Severity: diag.Error, Ref: diag.RefBody, Run: emptyPart,
		Title: diag.Msg("mục, khoản có nội dung; phần nội dung có câu kết", "every numbered part has content; the body has a closing sentence"),
		Help:  diag.Msg("viết nội dung cho mục, hoặc xóa số mục thừa", "write the part's content, or delete the empty number")})
}

// emptyPart reports a numbered part with nothing after its number ("1."
// alone), and a closing that is only "./.": a body left empty.
func emptyPart(p *Pass) {
	v := p.View
	if v.FromTOML {
		return // the loader refuses empty items; required says a notice concludes nothing
	}
	for i := range v.Body {
		s := &v.Body[i]
		switch {
		case markOnly(s) && !titleUnder(v.Body, i, s):
			p.Report(s, 0, diag.Msg("mục %q không có nội dung", "part %q has no content", s.Marker))
		case s.Marker == "" && strings.Trim(s.Text, " ./") == "" && containsLit(s.Text, "./."):
			p.Report(s, 0, diag.Msg("phần nội dung kết thúc bằng \"./.\" mà không có câu kết", "the body ends with \"./.\" and no closing sentence"),
				diag.Msg("viết câu kết liền trước \"./.\", như \"... thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\"", "write the closing sentence right before \"./.\", such as \"... thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\""))
		}
	}
}

// markOnly reports whether the part s is its number or mark alone, with
// no content after it ("b)", "2.", "- ;").
func markOnly(s *Seg) bool {
	rest := strings.TrimSpace(strings.TrimPrefix(s.Text, s.Marker))
	return s.Marker != "" && strings.Trim(rest, ".:;,-–*_ ") == ""
}

// titleUnder reports whether the part's number stands alone over its
// title, a paragraph in capitals with no number of its own on the line
// right under it: a rendering of fixed width broke the heading "I. NHỮNG
// QUY ĐỊNH CHUNG" after its number, and the part's points follow.
func titleUnder(body []Seg, i int, s *Seg) bool {
	if i+1 >= len(body) {
		return false
	}
	n := &body[i+1]
	return n.Marker == "" && isUpperText(n.Text) && n.LineAt(0) == s.LineAt(0)+1
}
