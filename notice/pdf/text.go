package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/source"
)

// Footnote marks are drawn smaller and raised: the font has no complete set
// of superscript digits.
const (
	markScale = 0.62
	markRise  = 0.36 // of the text size
	// markGap separates a mark from its word by a hair, so that text
	// extraction reads "2024 6" and not "20246".
	markGap = 0.3
)

// piece is a stretch of a word in one style.
type piece struct {
	text  string
	style fonts.Style
	mark  bool // a footnote mark
	w     float64
}

// word is what a line may not break inside.
type word struct {
	pieces []piece
	w      float64
	space  float64 // the width of the space after it
	glue   bool    // the space after it may not break: "ngày 09/01/2023"
	notes  []string
}

// text sets runs of one size in one font set.
type text struct {
	set  *fonts.Set
	size float64     // points
	base fonts.Style // added to every run: bold for headings
	// blanks keeps a run of spaces as wide as written, where words keep
	// one space between them: the blanks a draft's appendix reference
	// leaves for the number and the day ("số      /TB-UBND").
	blanks bool
	// arena holds the words of a layout that has one (nil: each
	// paragraph's are made).
	arena *wordArena
}

func (t text) width(s string, st fonts.Style) float64 {
	return t.set.Face(st).Width(s) * t.size * mmPerPt
}

func styleOf(s body.Style) fonts.Style {
	var st fonts.Style
	if s&body.Bold != 0 {
		st |= fonts.Bold
	}
	if s&body.Italic != 0 {
		st |= fonts.Italic
	}
	return st
}

// words splits runs into words at spaces, measures them and marks the
// spaces that may not break. The words' pieces share one array, each
// word's slice capped at its own end.
func (t text) words(runs []body.Run) []word {
	size := 0
	for _, r := range runs {
		size += len(r.Text)
	}
	out := t.arena.takeWords(size/6 + 1)
	pieces := t.arena.takePieces(size/6 + 1)
	var cur word
	start, open := 0, false
	flush := func(space float64) {
		if open {
			cur.space = space
			cur.pieces = pieces[start:len(pieces):len(pieces)]
			out = append(out, cur)
		}
		cur, open, start = word{}, false, len(pieces)
	}
	add := func(p piece) {
		if k := len(pieces) - 1; k >= start && !p.mark && !pieces[k].mark && pieces[k].style == p.style {
			pieces[k].text += p.text
			pieces[k].w += p.w
		} else {
			pieces = append(pieces, p)
		}
		cur.w += p.w
		open = true
	}
	var spaces [4]float64 // the width of a space in each style, once measured
	space := func(st fonts.Style) float64 {
		if int(st) >= len(spaces) {
			return t.width(" ", st)
		}
		if spaces[st] == 0 {
			spaces[st] = t.width(" ", st)
		}
		return spaces[st]
	}
	for _, r := range runs {
		st := styleOf(r.Style) | t.base
		if r.Note != "" {
			add(piece{text: r.Note, style: st &^ fonts.Italic, mark: true, w: markGap + t.width(r.Note, st&^fonts.Italic)*markScale})
			cur.notes = append(cur.notes, r.Note)
			continue
		}
		for len(r.Text) > 0 {
			i := source.IndexSpace(r.Text)
			if i < 0 {
				add(piece{text: r.Text, style: st, w: t.width(r.Text, st)})
				break
			}
			if i > 0 {
				add(piece{text: r.Text[:i], style: st, w: t.width(r.Text[:i], st)})
			}
			gap := space(st)
			_, n := utf8.DecodeRuneInString(r.Text[i:])
			r.Text = r.Text[i+n:]
			for t.blanks && len(r.Text) > 0 && r.Text[0] == ' ' {
				gap += space(st)
				r.Text = r.Text[1:]
			}
			flush(gap)
		}
	}
	flush(0)
	if len(out) > 0 {
		a := out[0].text()
		for i := 0; i+1 < len(out); i++ {
			b := out[i+1].text()
			out[i].glue = glued(a, b)
			a = b
		}
	}
	return out
}

func (w word) text() string {
	if len(w.pieces) == 1 && !w.pieces[0].mark {
		return w.pieces[0].text
	}
	var b strings.Builder
	for _, p := range w.pieces {
		if !p.mark {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// bindsBefore reports the words that stay on the line of the number that
// follows them: "ngày 09/01/2023", "số 26/QĐ-UBND", "tháng 6/2023", "Điều
// 5". A switch, not a map: most words are as short as these, and hashing
// each cost more than comparing it with the few of its length.
func bindsBefore(w string) bool {
	switch w {
	case "ngày", "tháng", "năm", "số", "quý", "Số", "Ngày", "Tháng", "Năm", "Quý", "Điều", "khoản", "điểm", "Mục",
		"mục", "lục", "Chương", "Phần", "Khoản":
		return true
	}
	return false
}

// glued reports whether the space between a and b may not break: a date,
// number or citation is never split at a line end (spec §14: numbers, dates
// and citations stay whole).
func glued(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	// b is looked at first: only a digit or a Roman numeral is held to a
	// word before it, and most words start with neither.
	if numberStart(b[0]) && bindsBefore(trimOpening(a)) {
		first, _ := utf8.DecodeRuneInString(b)
		if unicode.IsDigit(first) || cite.RomanValue(strings.TrimRight(b, ".,;:)")) > 0 {
			return true
		}
	}
	// "05 tháng 01 năm 2020": a day or month number holds on to what
	// follows (b is looked at first: it is cheaper than a's last letter).
	if b != "tháng" && b != "năm" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	return unicode.IsDigit(last)
}

// numberStart reports whether a word starting with byte c may be a number
// glued answers for: an ASCII digit, a Roman numeral's letter, or a byte
// past ASCII (another script's digit, decoded by glued).
func numberStart(c byte) bool {
	switch {
	case c >= utf8.RuneSelf, c >= '0' && c <= '9':
		return true
	}
	switch c {
	case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		return true
	}
	return false
}

// trimOpening is strings.TrimLeft(s, "(“\""): the opening marks before a
// word, trimmed without building a cut set at each call.
func trimOpening(s string) string {
	for {
		switch {
		case strings.HasPrefix(s, "("), strings.HasPrefix(s, "\""):
			s = s[1:]
		case strings.HasPrefix(s, "“"):
			s = s[len("“"):]
		default:
			return s
		}
	}
}

// line is one line of a paragraph.
type line struct {
	words []word
	width float64 // natural width, spaces included
	last  bool    // the last line of its paragraph: not justified
}

// notes are the footnote marks of the line's words, in order; nil for
// most lines. The words are looked at in place: a word is some 80 bytes
// to copy, and a notice asks every line for its notes.
func (l line) notes() []string {
	var out []string
	for i := range l.words {
		if n := l.words[i].notes; len(n) > 0 {
			out = append(out, n...)
		}
	}
	return out
}

// breakLines fills lines greedily: the first line is firstW wide, the
// others restW. A glued group moves to the next line as a whole; a word
// wider than a line is cut, so that nothing reaches into the margin. A
// line's words are a slice of words (a cut word's head aside).
func breakLines(words []word, firstW, restW float64, t text) []line {
	lines := make([]line, 0, len(words)/8+1)
	var cur line
	from := 0 // the index of cur's first word
	firstW, restW = max(firstW, minLine), max(restW, minLine)
	avail := firstW
	for i := 0; i < len(words); {
		group := groupEnd(words, i)
		gw := groupWidth(words[i:group])
		if len(cur.words) > 0 && cur.width+words[len(cur.words)-1].space+gw > avail {
			lines = append(lines, cur)
			cur, avail = line{}, restW
			continue
		}
		for j := i; j < group; j++ {
			w := &words[j] // in place: a word is some 80 bytes to copy
			if len(cur.words) > 0 {
				sp := cur.words[len(cur.words)-1].space
				if cur.width+sp+w.w > avail {
					lines = append(lines, cur)
					cur, avail = line{}, restW
				} else {
					cur.width += sp
				}
			}
			if len(cur.words) == 0 && w.w > avail {
				head, tail := cutWord(*w, avail, t)
				cur.words, cur.width = []word{head}, head.w
				lines = append(lines, cur)
				cur, avail = line{}, restW
				words[j] = tail
				j--
				continue
			}
			if len(cur.words) == 0 {
				from = j
			}
			cur.words = words[from : j+1 : j+1]
			cur.width += w.w
		}
		i = group
	}
	if len(cur.words) > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	lines[len(lines)-1].last = true
	return lines
}

// minLine is the narrowest line breakLines fills, so that cutting a word
// always makes progress.
const minLine = 10.0

func groupEnd(words []word, i int) int {
	j := i + 1
	for j < len(words) && words[j-1].glue {
		j++
	}
	return j
}

func groupWidth(ws []word) float64 {
	w := 0.0
	for i := range ws {
		w += ws[i].w
		if i+1 < len(ws) {
			w += ws[i].space
		}
	}
	return w
}

// cutWord splits a word too wide for any line at the last character that
// fits.
func cutWord(w word, avail float64, t text) (word, word) {
	var head, tail word
	used := 0.0
	for _, p := range w.pieces {
		if p.mark && len(tail.pieces) == 0 && (len(head.pieces) == 0 || used+p.w <= avail) {
			// A mark stays with the text before it where it fits, and a
			// head of marks alone takes one: the tail must be shorter than
			// the word, or the breaking never ends.
			head.pieces = append(head.pieces, p)
			used += p.w
			continue
		}
		if len(tail.pieces) > 0 || p.mark {
			tail.pieces = append(tail.pieces, p)
			continue
		}
		for i, r := range p.text {
			rw := t.set.Face(p.style).Advance(r) * t.size * mmPerPt
			if used+rw > avail && (i > 0 || len(head.pieces) > 0) {
				hp := piece{text: p.text[:i], style: p.style, w: t.width(p.text[:i], p.style)}
				tp := piece{text: p.text[i:], style: p.style, w: t.width(p.text[i:], p.style)}
				head.pieces = append(head.pieces, hp)
				tail.pieces = append(tail.pieces, tp)
				break
			}
			used += rw
		}
		if len(tail.pieces) == 0 {
			head.pieces = append(head.pieces, p)
		}
	}
	for _, p := range head.pieces {
		head.w += p.w
	}
	for _, p := range tail.pieces {
		tail.w += p.w
	}
	tail.space, tail.glue = w.space, w.glue
	head.notes, tail.notes = marksOf(head), marksOf(tail)
	return head, tail
}

// marksOf lists the notes whose marks w holds, so that each half of a cut
// word brings its own footnotes to its page.
func marksOf(w word) []string {
	var notes []string
	for _, p := range w.pieces {
		if p.mark {
			notes = append(notes, p.text)
		}
	}
	return notes
}
