package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// unbroken reports whether a text read with blank lines between its
// paragraphs has no blank line at all between its first and last lines:
// a Word file's page pasted as lines broken at the page's width, one
// paragraph after another (the Trường THCS Lục Hồn's Tờ trình). Read as
// Blank text it would be one paragraph from the trích yếu to the signer's
// name; its paragraphs end where a line does.
func unbroken(ls []line) bool {
	if emptyInside(ls) {
		return false // most Blank text: no expression needed
	}
	n, seen, blank := 0, false, false
	for _, l := range ls {
		if l.text == "" && l.cells == nil || isDecor(l.text) {
			blank = seen
			continue
		}
		if blank {
			return false
		}
		seen = true
		n++
	}
	return n >= 8
}

// lineEndsPara reports whether, in an unbroken text, the line before l
// ends its paragraph: it ends with a sentence's or a clause's mark, or it
// stops well short of the width the text was broken at.
func (r *reader) lineEndsPara(prev, l line) bool {
	t := strings.TrimSpace(prev.text)
	if r.rebroken {
		return finished(t) || isUpper(t) || isUpper(l.text) || articleRe().MatchString(l.text)
	}
	return finished(t) || utf8.RuneCountInString(t) < r.longest*3/4
}

// wrappedSubjectGoesOn reports whether a line of an unbroken text goes on
// with the trích yếu above it: as one paragraph per line, short lines
// that neither end a sentence nor start the body ("Vế việc đề nghị phê
// duyệt chiến lược phát triển" / "Trường THCS Lục Hồn giai đoạn
// 2019-2024" / "Căn cứ vào ...").
func (r *reader) wrappedSubjectGoesOn(l line) bool {
	prev := r.paras[len(r.paras)-1].Text
	n := utf8.RuneCountInString(l.text)
	goesOn := r.subjectLine < 100 && n < 100 && !finished(prev) && !finished(l.text) &&
		!cite.HasMarker(l.text) && !labelRe().MatchString(l.text) && !openingRe().MatchString(l.text) &&
		!addresseeRe().MatchString(l.text) && isUpper(prev) == isUpper(l.text)
	r.subjectLine = n
	return goesOn
}

// emptyInside reports whether an empty line stands between two lines of
// text.
func emptyInside(ls []line) bool {
	seen, empty := false, false
	for _, l := range ls {
		if l.text == "" && l.cells == nil {
			empty = seen
			continue
		}
		if empty {
			return true
		}
		seen = true
	}
	return false
}

// breaksFromSubject reports whether l, a "Kính gửi:" line right under a
// line of the trích yếu with no blank line between, shows a text whose
// blank lines stop at the trích yếu: a document site's preview that
// parts the header's cells but breaks the rest at the page's width, one
// paragraph after another (the Trường THCS Xuân Lương's Tờ trình). Read
// as Blank text it would be one trích yếu from there to the body's last
// line; from l on, its paragraphs end where a line does, as in an
// unbroken text.
func (r *reader) breaksFromSubject(l line, newPara bool) bool {
	return !newPara && !r.unbroken && startsWithByte(l.text, 'k') && addresseeRe().MatchString(l.text)
}
