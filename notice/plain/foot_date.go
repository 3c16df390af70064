package plain

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// footDate reports whether l, read in the body, is a place and date line
// typed at the foot of a text that has none at its head ("Đà nẵng, ngày
// 18 tháng 5 năm 2015" over the signer's title): a line of its own, short,
// that only the date ends, with a signer's title in capitals next. It is
// the header's place and date written in the wrong place, not the body's
// last line.
func (r *reader) footDate(l line) bool {
	t := l.text
	if utf8.RuneCountInString(t) > 80 || cite.HasMarker(t) || !placeDateRe().MatchString(t) || r.lastBody() < 0 {
		return false
	}
	for _, p := range r.paras {
		if p.Kind == Header && placeDateRe().MatchString(p.Text) {
			return false
		}
	}
	for _, n := range r.lines[r.at+1:] {
		if n.text == "" && n.cells == nil || isDecor(n.text) {
			continue
		}
		return n.cells == nil && (authorityRe().MatchString(n.text) || isUpper(n.text) && utf8.RuneCountInString(n.text) < 60 && !isTitle(n.text))
	}
	return false
}
