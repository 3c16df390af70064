package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// subjectFirstLetter reports, for subject-caps, a trích yếu whose first
// letter is small ("kết luận của đồng chí ..."): the trích yếu is in
// lower case with its first letter a capital (Mẫu 1.4: "Về công tác ...").
// A Party notice's "về ..." under its line in capitals is the form of
// Hướng dẫn 36-HD/VPTW, and a trích yếu opening "về" or "v/v" is left to
// the rules of those words. A first word with a capital inside ("eKYC",
// "iHanoi", "e-Learning") is a name written as its owner writes it.
func subjectFirstLetter(p *Pass, s *Seg) {
	t := strings.TrimSpace(s.Text)
	r, _ := utf8.DecodeRuneInString(t)
	if p.View.Party || !unicode.IsLower(r) {
		return
	}
	first, _, _ := strings.Cut(t, " ")
	if f := cite.Fold(first); f == "về" || f == "v/v" || strings.ToLower(first) != first {
		return
	}
	right := string(unicode.ToUpper(r)) + t[utf8.RuneLen(r):]
	p.Report(s, strings.Index(s.Text, t), diag.Msg("trích yếu bắt đầu bằng chữ thường %q; chữ cái đầu của trích yếu viết hoa", "the trích yếu starts with a small letter, %q; its first letter is a capital", first),
		diag.Msg("viết %q", "write %q", excerpt(right)))
}
