package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// A name wraps at a page's edge as any words do: "Trưởng Ban" / "Chỉ đạo
// Chuyển đổi số tỉnh ...", "Phổ Khánh, Phổ" / "Phong, Phổ Thuận ...", a
// name with a dash in it before its dash ("Chi cục Thuế khu vực Đức Phổ"
// / "- Ba Tơ, ..."). The line under goes on in capitals, as a new
// paragraph would; what tells the wrap is that the line above stopped at
// the edge inside a name: it ends with no mark, on a word with a capital.
// A paragraph's first line is indented, so it stops at the edge shorter
// than the lines under it by the indent.

// nameWrap reports whether line t goes on with line p of a page's text
// whose width is width, a name broken at the page's edge: p ends with no
// mark (a quotation's or a bracket's close after a sentence's is one),
// is in no capitals only, no point or heading by its mark; and
// either t opens with a capital, no point's mark, under a word with a
// capital that ends p, which runs to the edge (full), less the first
// line's indent when p opens its paragraph (at.opens); or t opens with
// a dash and a capital that would not have fitted after p (noRoom), a
// name among p's last words going on over its dash ("Chi cục Thuế khu
// vực Đức Phổ" / "- Ba Tơ"), in a paragraph that is no point or dash's
// item (at.item: there the dash opens the next item, though the item
// above ends with no mark: "... khu vực kho VLNCN" / "- Nghiêm chỉnh
// chấp hành ...").
func nameWrap(p, t string, width int, at lineAt) bool {
	if finished(strings.TrimRight(p, "”\"’)»")) || isUpper(p) || isUpper(t) || cite.HasMarker(p) || pointStart(p) || ownLine(p) {
		return false
	}
	if rest, ok := strings.CutPrefix(t, "- "); ok {
		return !at.item && upperStart(rest) && noRoom(p, "-"+rest, width) && nameEnds(p)
	}
	if bulletStart(t) || cite.HasMarker(t) || pointStart(t) || fieldOpens(t) || !upperStart(t) || !upperStart(lastWord(p)) {
		return false
	}
	n := utf8.RuneCountInString(p)
	if at.opens {
		n += width / firstIndent
	}
	return n >= width-width/5 // full, the indent counted
}

// fieldOpens reports whether t opens with a field's label, a few words
// and a colon ("Thời hạn hoàn thành: trước ngày 30/6", "Địa chỉ: ..."):
// a field of its own, as a notice sets one a line, not the rest of a
// name the line above broke off ("Đơn vị chủ trì: Sở ... và Văn phòng
// UBND" over it).
func fieldOpens(t string) bool {
	label, _, ok := strings.Cut(t, ":")
	f := strings.Fields(label)
	return ok && len(f) > 0 && len(f) <= fieldLabelWords && !strings.ContainsAny(label, ",;.")
}

// fieldLabelWords is the most words a field's label holds.
const fieldLabelWords = 5

// nameEnds reports whether one of the last words of p opens with a
// capital: a name runs to its end.
func nameEnds(p string) bool {
	f := strings.Fields(p)
	for _, w := range f[max(0, len(f)-nameTail):] {
		if upperStart(w) {
			return true
		}
	}
	return false
}

// nameTail is how many of a line's last words nameEnds looks at.
const nameTail = 3

// firstIndent is how many first-line indents a page's width holds: the
// decree's 1 to 1.27 cm in a line of some 16 cm.
const firstIndent = 12
