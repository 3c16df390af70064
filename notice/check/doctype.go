package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// DocType is the kind of document a notice is recognised as. The type
// decides the rules: a Công văn ("V/v ..." under its number, "Kính gửi")
// is checked with the common rules of thể thức and its own, never with
// those of a Thông báo.
type DocType int

// The types told apart.
const (
	ThongBao DocType = iota // THÔNG BÁO (Mẫu 1.4), the tool's own
	CongVan                 // Công văn (Mẫu 1.5): no tên loại, "V/v" under the number
	Other                   // another type with a tên loại: QUYẾT ĐỊNH, KẾ HOẠCH ...
	Form                    // a form of Phụ lục IV: PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN, SỔ ĐĂNG KÝ ...
)

// recognise reads the type from the reading: the tên loại line, else a
// "V/v" trích yếu or a "Kính gửi" line for a Công văn, else the kind its
// number's ký hiệu names ("QĐ-UBND"). A text with none of them (a notice
// that lost its first page) is taken for a Thông báo.
func (v *View) recognise(subjectVV, addressee bool) {
	switch {
	case v.Title != nil && cite.FormTitle(v.Title.Text):
		v.Type, v.TypeName = Form, strings.ToUpper(strings.TrimSpace(v.Title.Text))
	case v.Title != nil:
		t, ok := cite.TitleType(strings.ToUpper(v.Title.Text)) // "Thông báo" in sentence case is a Thông báo too
		if !ok {
			t, _, ok = cite.TitleMark(strings.ToUpper(v.Title.Text)) // "THÔNG BÁO:": title-punct says the mark
		}
		if !ok {
			t, _, ok = cite.TitleSlip(v.Title.Text) // "THÔNG BAO": phrase-typo says the slip
		}
		if !ok {
			t, _, _ = cite.BareTitle(v.Title.Text) // "THONG BAO"
		}
		v.TypeName = strings.ToUpper(t.Name)
		v.TypeCode = t.Code
		if t.Code != "TB" {
			v.Type = Other
		}
	case (subjectVV || addressee) && !(v.Subject == nil && (v.headingSaysNotice() || v.pageTitleSaysNotice())):
		v.Type, v.TypeName = CongVan, "CÔNG VĂN"
	default:
		if name, code := numberKind(v); name != "" { // doctype_number.go
			v.Type, v.TypeName, v.TypeCode = Other, name, code
		}
	}
	if v.Type == ThongBao {
		v.TypeName, v.TypeCode = "THÔNG BÁO", "TB"
		v.Untold = !subjectVV && !addressee && (headless(v) || v.headBare()) && !v.saysNotice() && !v.pageTitleSaysNotice()
	}
}

// saysNotice reports whether a paragraph of the body calls the text a
// notice: "Thông báo khẩn tới Phụ huynh ...", "... thông báo để ...". A
// "thông báo" the text asks of its addressees ("đề nghị UBND các huyện
// ... thông báo kết quả về Chi cục") is what they are to do, not what the
// text is (asked.go).
func (v *View) saysNotice() bool {
	for _, s := range v.Body {
		if saysNoticeIn(strings.ToLower(s.Text)) {
			return true
		}
	}
	return false
}

// applies reports whether rule r runs on the document v: of its type, a
// notice of conclusions if the rule is for those only, and a state
// document if the rule checks a form of the state's own.
func (r *Rule) applies(v *View) bool {
	if r.Conclusions && !v.Conclusions || r.StateForm && v.Party {
		return false
	}
	if len(r.Only) == 0 {
		return true
	}
	if v.Untold && len(r.Only) == 1 && r.Only[0] == ThongBao {
		return false // the kind cannot be told: no Thông báo's own rule
	}
	for _, o := range r.Only {
		if o == v.Type {
			return true
		}
	}
	return false
}

// concludesRe finds what only a notice of conclusions says: "kết luận"
// (the trích yếu "Kết luận của ...", the sentence "... kết luận như sau",
// "Trên đây là ý kiến kết luận ...") or "ý kiến chỉ đạo" of a leader at a
// meeting.
var concludesRe = lazyre.New(`(?i)kết\s+luận|ý\s+kiến\s+chỉ\s+đạo|chỉ\s+đạo\s+như\s+sau|^sau\s+khi\s+nghe`)

// concludes reports whether a Thông báo read from text is a notice of
// conclusions: its trích yếu, or a paragraph of its body, says what such a
// notice says. An announcement ("Về việc công khai ..."), a call ("Về việc
// treo cờ Tổ quốc"), a notice of a result or a schedule says none of it.
func (v *View) concludes() bool {
	if v.Type != ThongBao {
		return false
	}
	if v.Subject != nil && mayConclude(v.Subject.Text) && concludesRe().MatchString(v.Subject.Text) {
		return true
	}
	for _, s := range v.Body {
		if (s.Role == RoleOpening || s.Role == RoleHinge || s.Role == RoleClosing || s.Role == RoleBody) && concludesIn(s.Text) {
			return true
		}
	}
	return false
}

// mayConclude reports whether s holds what every match of concludesRe
// holds: "luận" or "chỉ" in any case, or "sau" at its start. The
// expression, an alternation under (?i), is run from every byte of a
// text; this test lets it run only on the few paragraphs that may match.
func mayConclude(s string) bool {
	return containsFold(s, "luận") || containsFold(s, "chỉ") || hasPrefixFold(s, "sau")
}

// concludesIn is concludesRe's match of a paragraph with its cited Kết
// luận taken out (withoutCitedConclusions). Taking them out only puts a
// space for a stretch, so a paragraph that may not match before may not
// after (TestConcludesIn holds the two to the expressions).
func concludesIn(s string) bool {
	return mayConclude(s) && concludesRe().MatchString(withoutCitedConclusions(s))
}

// isVV reports a Công văn's trích yếu: "V/v ...".
func isVV(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 3 && (strings.HasPrefix(s, "V/v") || strings.HasPrefix(s, "V/V") || strings.HasPrefix(s, "v/v"))
}
