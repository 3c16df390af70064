package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// titleOpenings are the words of two syllables a trích yếu opens with,
// the kind of what it gives: "Kết luận của Chủ tịch ...", "Kế hoạch tổ
// chức ...". No name opens with them.
var titleOpenings = []string{"kết luận", "thông báo", "kế hoạch", "báo cáo", "quyết định", "hướng dẫn", "tờ trình", "công văn", "chương trình"}

// subjectTitleCase reports a trích yếu that opens with such a word in
// title case, a capital on each syllable ("Kết Luận của Chủ tịch ...",
// as a heading in English is written): the trích yếu is in ordinary case,
// a capital only at its start and on names (Phụ lục I, Mục II, khoản 5;
// Phụ lục II).
func subjectTitleCase(p *Pass, s *Seg) {
	t := strings.TrimLeft(s.Text, " ")
	off := len(s.Text) - len(t)
	fs := strings.Fields(t)
	if len(fs) < 3 {
		return
	}
	two := fs[0] + " " + fs[1]
	if !strings.HasPrefix(t, two) || !titleCased(fs[0]) || !titleCased(fs[1]) {
		return
	}
	for _, w := range titleOpenings {
		if strings.ToLower(two) == w {
			fixed := fs[0] + " " + strings.ToLower(fs[1])
			p.Report(s, off, diag.Msg("trích yếu mở đầu bằng %q viết hoa chữ đầu mỗi tiếng; chỉ viết hoa chữ đầu của trích yếu", "the trích yếu opens with %q, a capital on each syllable; only its first letter takes one", two),
				diag.Msg("viết %q", "write %q", fixed))
			return
		}
	}
}

// titleCased reports whether w is a capital followed by small letters.
func titleCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && n < len(w) && !strings.ContainsFunc(w[n:], unicode.IsUpper)
}
