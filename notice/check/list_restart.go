package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// restartsList reports whether segs[i], a point numbered "1.", starts a
// list of its own rather than repeating the number of the point before:
// a paragraph of prose, no point of a list, stands right before it, and either the
// earlier list held only its point 1 (a web page writes each list with
// its own numbers, so the points after a paragraph start again at "1.")
// or the paragraph right before announces the new list ("Hồ sơ gồm:"),
// or the list was left for prose after sub-points of its last point
// ("2. ... như sau:", "- ...", "- ...", then a paragraph: a page's list
// starting its count again after the content between), or a point of
// the list stands right before it ("1. ... 2. ... 3." then "1.": a page
// writes each HTML list with its own numbers, and the blind rounds 15, 27
// and 28 each met one where the document had headings the page dropped;
// nothing in the text tells the document's count from the page's). A
// "1." right under a sub-point of its own ("a)", "-"), or one paragraph
// after a list's point, is still a repeated number.
func restartsList(q *sequence, segs []Seg, i int) bool {
	if i == 0 || strings.TrimSpace(segs[i].Marker) != "1." || q.arabic < 1 {
		return false
	}
	prev := &segs[i-1]
	if pm := strings.TrimSpace(prev.Marker); pm != "" {
		// right under a point with no sub-point between ("3." then "1.",
		// "1." then "1."): a page's HTML list counting again, or a list
		// under a heading the page dropped (rounds 15, 27, 28); under a
		// sub-point ("d)", "-") it is still a repeated number
		return arabicPoint(pm)
	}
	if strings.HasSuffix(strings.TrimSpace(prev.Text), ":") || proseAfterSubpoints(segs, i-1) {
		return true
	}
	return q.arabic == 1 && !headingsRepeated(segs, i)
}

// headingsRepeated reports whether segs[i], a "1.", and the "1." before
// it are both the headings of a section, short and ending with no mark or
// with ":", with prose under the first ("1. Học sinh" / "Học sinh tiếp
// tục được nghỉ ..." / "1. Cán bộ, công chức, viên chức:"): the sections
// of one notice numbered "1." twice, not a page's lists each counted from
// one, whose points are sentences.
func headingsRepeated(segs []Seg, i int) bool {
	if !sectionHeading(&segs[i]) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if m := strings.TrimSpace(segs[j].Marker); m != "" {
			return m == "1." && sectionHeading(&segs[j])
		}
	}
	return false
}

// sectionHeading reports whether a point is a section's heading: a few
// words ending with no mark or with ":".
func sectionHeading(s *Seg) bool {
	t := strings.TrimSpace(s.Text)
	if innerMarkerRe().MatchString(strings.TrimSpace(strings.TrimPrefix(t, strings.TrimSpace(s.Marker)))) {
		return false // "1. A. NHIỆM VỤ TRỌNG TÂM": a Word list's number over the document's own "A."
	}
	end := lastRune(t)
	return utf8.RuneCountInString(t) <= 60 && (end == ":" || wordEnd(end))
}

// innerMarkerRe opens a heading with a marker of its own after the
// point's number: a letter or a Roman numeral and its stop.
var innerMarkerRe = lazyre.New(`^(?:[A-ZĐ]|[IVX]+)\.\s`)

// proseAfterSubpoints reports whether segs[j] and the paragraphs of
// prose right above it follow sub-points ("-", "+", "a)") of a list's
// point: the list was left for prose after them.
func proseAfterSubpoints(segs []Seg, j int) bool {
	for j >= 0 && strings.TrimSpace(segs[j].Marker) == "" {
		j--
	}
	if j < 0 {
		return false
	}
	m := strings.TrimSpace(segs[j].Marker)
	r, _ := utf8.DecodeRuneInString(m)
	return m == "-" || m == "+" || strings.HasSuffix(m, ")") && isLetter(r)
}

// arabicPoint reports whether a marker numbers a point in figures ("3.",
// "12."), not a nested one ("2.1.") or a sub-point.
func arabicPoint(m string) bool {
	d := strings.TrimSuffix(m, ".")
	return d != m && d != "" && strings.Trim(d, "0123456789") == ""
}
