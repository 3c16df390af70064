package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

func init() {
	register(&Rule{ID: "pictograph", Severity: diag.Warning, Ref: diag.RefFont, Run: pictograph,
		Title: diag.Msg("văn bản không dùng ký hiệu hình ảnh (biểu tượng cảm xúc)", "a document holds no pictographs (emoji)"),
		Help:  diag.Msg("bỏ các ký hiệu hình ảnh; đầu các ý dùng số thứ tự hoặc gạch đầu dòng \"-\"", "leave the pictographs out; open the points with their numbers or the hyphen \"-\"")})
}

// pictograph finds the pictographs (emoji: "🧒", "💉", "✔️", "❤️") in the
// notice's own lines: a văn bản is typed in the Vietnamese alphabet of
// TCVN 6909:2001 in Times New Roman, and no office writes a pictograph
// into a document it issues. One finding a text, on the first line that
// holds one, with the count of such lines. The page's own lines (a
// post's share buttons, its views) are the page's, never read here; so
// are the Word list bullets a page renders as symbols ("➢", "❖", "✓"),
// which plain.IsPictograph does not take for pictographs.
func pictograph(p *Pass) {
	v := p.View
	if v.FromTOML {
		return
	}
	segs := v.allSegs()
	if v.Addressee != nil {
		segs = append(segs, *v.Addressee)
	}
	var first diag.Pos
	firstRun := ""
	lines := map[int]bool{}
	for i := range segs {
		s := &segs[i]
		run, pos := s.Pict, s.pictPos
		if run != "" && pos.Line == 0 {
			pos = s.PosAt(0) // the head's run with no place of its own: the text's first letter
		}
		if run == "" {
			var off int
			run, off = pictIn(s.Text)
			pos = s.PosAt(off)
		}
		if run == "" {
			continue
		}
		lines[pos.Line] = true
		for _, l := range pictLines(s) {
			lines[l] = true
		}
		if firstRun == "" || posBefore(pos, first) {
			first, firstRun = pos, run
		}
	}
	if firstRun == "" {
		return
	}
	if n := len(lines); n > 1 {
		p.ReportAt(first, diag.Msg("ký hiệu hình ảnh %q không phải chữ viết của văn bản; %d dòng có ký hiệu như vậy", "the pictograph %q is no letter of a document; %d lines hold such", firstRun, n))
		return
	}
	p.ReportAt(first, diag.Msg("ký hiệu hình ảnh %q không phải chữ viết của văn bản", "the pictograph %q is no letter of a document", firstRun))
}

// pictIn returns the first run of pictographs in t and its offset; "" when
// none. A pictograph is U+2190 or above, so its first byte is 0xE2 or
// above, a byte that starts a character wherever it stands: the bytes
// below it are passed over unread (TestPictInByBytes).
func pictIn(t string) (string, int) {
	for i := 0; i < len(t); i++ {
		if t[i] < 0xE2 {
			continue
		}
		if n := pictRun(t[i:]); n > 0 {
			return strings.TrimSpace(t[i : i+n]), i
		}
	}
	return "", 0
}

// pictLines are the lines of s's text that hold a pictograph past its
// first (a paragraph joined from several lines).
func pictLines(s *Seg) []int {
	var out []int
	for i := 0; i < len(s.Text); {
		if s.Text[i] < 0xE2 {
			i++ // as pictIn
			continue
		}
		if n := pictRun(s.Text[i:]); n > 0 {
			out = append(out, s.PosAt(i).Line)
			i += n
			continue
		}
		i++
	}
	return out
}

// pictRun is the width of the pictograph that opens t with its selectors
// and joiners, 0 when none: a pictograph (plain.IsPictograph), or a
// symbol the emoji's variation selector follows ("✔️", "❤️").
func pictRun(t string) int {
	r, w := utf8.DecodeRuneInString(t)
	switch {
	case plain.IsPictograph(r):
	case r >= 0x2190 && r <= 0x2BFF && strings.HasPrefix(t[w:], "\ufe0f"):
	default:
		return 0
	}
	for w < len(t) {
		r, n := utf8.DecodeRuneInString(t[w:])
		if r != 0xFE0F && r != 0x200D && r != 0x20E3 {
			break
		}
		w += n
	}
	return w
}
