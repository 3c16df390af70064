package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "subject-brackets", Severity: diag.Warning, Ref: diag.RefSubject, Run: subjectBrackets,
		Title: diag.Msg("trích yếu viết ngay dưới tên loại, không đặt trong dấu ngoặc", "the trích yếu stands bare under the tên loại, not in brackets"),
		Help:  diag.Msg("bỏ dấu ngoặc quanh trích yếu", "drop the brackets around the trích yếu")})
}

// subjectBrackets finds a trích yếu written whole inside brackets or
// quotation marks ("(Về việc nộp tiền giấy thi ...)", "“V/v tạm thời
// đóng cửa ...”"): the decree sets it bare under the tên loại (Phụ lục
// I, Mục II, khoản 5; Mẫu 1.4). A bracketed trích yếu under a line the
// reading took for it (the issuer's name written into the title) is
// read as the body's first paragraph, and is said there when it opens
// as a trích yếu does.
func subjectBrackets(p *Pass) {
	if s := p.View.Subject; s != nil && bracketedWhole(s.Text) {
		if t := strings.TrimSpace(s.Text); t[0] == '(' || opensAsSubject(strings.TrimLeft(t, "“\"")) {
			reportSubjectBrackets(p, s) // a name quoted whole ("“Ngày Chủ nhật xanh”") may be the trích yếu's own quotation
		}
		return
	}
	if len(p.View.Body) > 0 {
		b := &p.View.Body[0]
		if bracketedWhole(b.Text) && opensAsSubject(strings.TrimSpace(b.Text)[1:]) {
			reportSubjectBrackets(p, b)
		}
	}
}

func reportSubjectBrackets(p *Pass, s *Seg) {
	t := strings.TrimSpace(s.Text)
	kind := diag.Msg("dấu ngoặc đơn", "brackets")
	if t[0] != '(' {
		kind = diag.Msg("dấu ngoặc kép", "quotation marks")
	}
	p.Report(s, strings.Index(s.Text, t), diag.Msg("trích yếu đặt trong %s", "the trích yếu is written inside %s", kind),
		diag.Msg("bỏ %s, viết trích yếu ngay dưới tên loại", "drop the %s and write the trích yếu bare under the tên loại", kind))
}

// bracketedWhole reports whether s is one bracketed or quoted passage
// from its first character to its last: "(Về việc ...)", "“V/v ...”",
// but not "(1) ... (2)" nor "(Về việc ...) năm 2020".
func bracketedWhole(s string) bool {
	t := strings.TrimSpace(s)
	var open, shut string
	switch {
	case strings.HasPrefix(t, "("):
		open, shut = "(", ")"
	case strings.HasPrefix(t, "“"):
		open, shut = "“", "”"
	case strings.HasPrefix(t, "\""):
		open, shut = "\"", "\""
	default:
		return false
	}
	if len(t) <= len(open)+len(shut) || !strings.HasSuffix(t, shut) {
		return false
	}
	inner := t[len(open) : len(t)-len(shut)]
	if open == shut {
		return !strings.Contains(inner, open)
	}
	depth := 0
	for i := 0; i < len(inner); i++ {
		switch {
		case strings.HasPrefix(inner[i:], open):
			depth++
		case strings.HasPrefix(inner[i:], shut):
			if depth == 0 {
				return false // the first bracket closes before the end
			}
			depth--
		}
	}
	return depth == 0
}

// opensAsSubject reports whether s begins as a trích yếu does: "Về
// việc", "V/v".
func opensAsSubject(s string) bool {
	return isVV(s) || strings.HasPrefix(strings.ToLower(s), "về việc ")
}
