package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// dottedTagRe is a purpose tag of a Nơi nhận line typed with a period for
// its slash: "(để b.c)", "(t.h)", "(p.h)", "(đ.b)".
var dottedTagRe = lazyre.New(`\((?:để\s+)?(b\.c|t\.h|p\.h|đ\.b)\.?\)`)

// recipientDottedTag says a purpose tag written "b.c" for "b/c" (x100's
// 49): the tags a Nơi nhận line adds ("để b/c", "để t/h") are written with
// a slash by every notice of testdata, and "b.c" reads as no other word.
func recipientDottedTag(p *Pass, s *Seg) {
	m := dottedTagRe().FindStringSubmatchIndex(s.Text)
	if m == nil {
		return
	}
	typed := s.Text[m[2]:m[3]]
	want := strings.Replace(typed, ".", "/", 1)
	fixed := s.Text[:m[0]] + strings.Replace(s.Text[m[0]:m[1]], typed, want, 1) + s.Text[m[1]:]
	p.Report(s, m[2], diag.Msg("dòng nơi nhận viết %q bằng dấu chấm; viết tắt là %q", "the Nơi nhận line writes %q with a period; the abbreviation is %q", typed, want),
		diag.Msg("viết %q", "write %q", strings.TrimSpace(fixed)))
}
