package plain

import (
	"strings"
	"unicode/utf8"
)

// indentedAnew reports whether l, in Blank text and right under the line
// before it, starts a paragraph of its own: both lines indented alike, the
// line before a paragraph of one line that ends a sentence. A page that
// kept Word's first-line indents and dropped the blank lines between
// paragraphs writes so ("       Vậy UBND xã thông báo để các hộ biết và
// chủ động nộp." over "       Bắt đầu từ quý II năm 2019, ..."); a
// paragraph wrapped by hand starts its later lines at the margin.
func (r *reader) indentedAnew(l line) bool {
	if r.layout != Blank || r.at == 0 || len(r.paras) == 0 {
		return false
	}
	prev := r.lines[r.at-1]
	in := r.indent(l)
	if in < 2 || prev.cells != nil || r.indent(prev) != in {
		return false
	}
	p := r.paras[len(r.paras)-1]
	if p.Line != prev.num || p.PosAt(len(p.Text)-1).Line != prev.num {
		return false
	}
	t := strings.TrimSpace(p.Text)
	last, _ := utf8.DecodeLastRuneInString(t)
	return last == '.' || last == '!' || last == '?'
}
