package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// bareTitle reports the tên loại typed with every mark lost ("THONG BAO",
// "QUYET DINH") in a notice written with its marks: the line t is the
// slip of one line, as "THÔNG BAO" is. A notice typed without marks
// (typedBare: no-diacritics says its passages; unreadable, a text with no
// mark at all) is left: its title is typed as the rest.
func bareTitle(p *Pass, t string) {
	_, right, ok := cite.BareTitle(t)
	if !ok || !writtenWithMarks(p.View) {
		return
	}
	v := p.View
	p.ReportAt(v.Title.PosAt(strings.Index(v.Title.Text, t)), diag.Msg("%q: tên loại viết không dấu", "%q: the tên loại is typed without its marks", t),
		diag.Msg("viết %q", "write %q", right))
}

// writtenWithMarks reports whether the notice's text (the trích yếu, the
// body, the Nơi nhận) is typed with Vietnamese marks: a mark in it, and no
// passage typed without them.
func writtenWithMarks(v *View) bool {
	for _, seg := range v.Texts() {
		if cite.Unmarked(seg.Text) != seg.Text {
			return !typedBare(v)
		}
	}
	return false
}
