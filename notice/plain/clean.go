package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/source"

	"golang.org/x/text/unicode/norm"
)

// line is one source line, or one cell of a row, with its markup removed
// and its text in NFC; in the Columns layout, also a paragraph already
// joined from its wrapped lines.
type line struct {
	text   string
	src    []int    // source byte offset of each byte of text
	notes  []string // footnote numbers referred to on the line
	note   string   // the line starts a footnote with this number
	cells  []line   // a table row's cells, in order
	col    Column   // for a cell: the column it stands in
	md     bool     // a Markdown table row (a rule row has no cells)
	num    int      // line number, from 1
	nfd    int      // 1 + offset in text of the first character written decomposed
	page   bool     // a line of the page's own above the notice (page_lead.go)
	chrome bool     // a line of the page's chrome blanked (page_chrome.go): a stamp, a counter, a tool
	star   bool     // the line opens with a "*" list mark, dropped as markup (star_item.go)
	pict   string   // the pictographs taken off the line's head (pictograph.go)
	hang   bool     // a left cell of a page's end block indented under an unfinished line: its wrapped end (columns.go)

	// pictAt is the byte of the file where pict starts.
	pictAt int
}

// superscript returns the digit a superscript digit stands for.
func superscript(r rune) (rune, bool) {
	switch {
	case r == '⁰':
		return '0', true
	case r == '¹':
		return '1', true
	case r == '²' || r == '³':
		return '2' + r - '²', true
	case r >= '⁴' && r <= '⁹':
		return '4' + r - '⁴', true
	}
	return 0, false
}

var (
	mdNoteDef   = lazyre.New(`^\[\^([^\]\s]{1,32})\]:[ \t]*`)
	mdNoteRef   = lazyre.New(`^\[\^([^\]\s]{1,32})\]`)
	mdHeading   = lazyre.New(`^#{1,6}[ \t]+`)
	tableRule   = lazyre.New(`^\|?[ \t:]*-{3,}[ \t:]*(\|[ \t:]*-{3,}[ \t:]*)*\|?[ \t]*$`)
	htmlComment = lazyre.New(`<!--.*?-->`)
)

// cleanLine removes markup from raw, which starts at byte off of the file:
// Markdown when md is set, superscript note marks always. The text is
// trimmed and put in NFC.
func cleanLine(raw string, off, num int, md bool) line {
	l := line{num: num}
	raw = strings.TrimRight(raw, "\r")
	if !strings.Contains(raw, "<!--") {
		// no comment: the expression would find none
	} else if m := htmlComment().FindAllStringIndex(raw, -1); m != nil {
		raw = blankOut(raw, m)
	}
	start := 0
	if md {
		if m := mdNoteDef().FindStringSubmatchIndex(raw); m != nil {
			l.note = raw[m[2]:m[3]]
			start = m[1]
		} else if m := mdHeading().FindStringIndex(raw); m != nil {
			start = m[1]
		}
	}
	l.star = md && starItem(raw[start:])
	if n, run := pictHead(raw[start:]); n > 0 {
		lead := len(raw[start:]) - len(strings.TrimLeft(raw[start:], " \t"))
		l.pict, l.pictAt, start = run, off+start+lead, start+n
	}
	var b strings.Builder
	b.Grow(len(raw) - start)
	l.src = make([]int, 0, len(raw)-start)
	prevSup := false
	stop := &plainStops
	if md {
		stop = &mdStops
	}
	if !utf8.ValidString(raw) {
		stop = &allStops // each byte read alone, as DecodeRune reads it
	}
	for i := start; i < len(raw); {
		if j := runTo(raw, i, stop); j > i {
			// characters written as they stand, as the loop below writes
			// each of them: each byte from where its character starts
			b.WriteString(raw[i:j])
			at := i
			for k := i; k < j; k++ {
				if utf8.RuneStart(raw[k]) {
					at = k
				}
				l.src = append(l.src, off+at)
			}
			prevSup = false
			i = j
			continue
		}
		r, w := utf8.DecodeRuneInString(raw[i:])
		_, sup := superscript(r)
		if !sup {
			prevSup = false
		}
		if md {
			switch {
			case r == '*' && !loneStar(raw, i):
				i += w
				continue
			case r == '\\' && i+1 < len(raw) && isASCIIPunct(raw[i+1]):
				i++
				continue
			case r == '\\' && i+1 == len(raw):
				i++
				continue
			case r == '<':
				if n := htmlTag(raw, i); n > 0 {
					if strings.EqualFold(strings.TrimRight(strings.TrimLeft(raw[i:i+n], "</"), "/> "), "br") {
						b.WriteByte(' ') // a line break within the paragraph
						l.src = append(l.src, off+i)
					}
					i += n
					continue
				}
			case r == '[':
				if m := mdNoteRef().FindStringSubmatch(raw[i:]); m != nil {
					l.notes = append(l.notes, m[1])
					i += len(m[0])
					continue
				}
			}
		}
		if r == '\u00a0' || r == '\f' { // a no-break space (blanks left on a draft), a page break
			b.WriteByte(' ')
			l.src = append(l.src, off+i)
			i += w
			continue
		}
		if d, ok := superscript(r); ok {
			if l.note == "" && strings.TrimSpace(b.String()) == "" {
				l.note = string(d)
				for i += w; i < len(raw); {
					r2, w2 := utf8.DecodeRuneInString(raw[i:])
					d2, ok := superscript(r2)
					if !ok {
						break
					}
					l.note += string(d2)
					i += w2
				}
				continue
			}
			if prevSup && len(l.notes) > 0 {
				l.notes[len(l.notes)-1] += string(d) // "¹²" is note 12
			} else {
				l.notes = append(l.notes, string(d))
			}
			prevSup = true
			i += w
			continue
		}
		b.WriteString(raw[i : i+w])
		for range w {
			l.src = append(l.src, off+i)
		}
		i += w
	}
	l.text = b.String()
	l.trim()
	l.dropLinkLabel() // link_label.go
	l.readLookalikes()
	l.toNFC()
	return l
}

// plainStops are the bytes where cleanLine reads a character for what
// it may be: a page break, and the first byte of a no-break space, of a
// superscript digit (U+00B2, U+00B3, U+00B9; U+2070-U+2079) and of every
// other character from U+0080 to U+00BF or U+2000 to U+2FFF. No other
// character is anything but itself to cleanLine, and no byte here
// continues a character. mdStops adds Markdown's "*", "\\", "[" and "<";
// allStops, for a line that is not valid UTF-8, holds every byte.
var plainStops, mdStops, allStops = stopTables()

func stopTables() (plain, md, all [256]bool) {
	for _, c := range []byte{'\f', 0xC2, 0xE2} {
		plain[c] = true
	}
	md = plain
	for _, c := range []byte{'*', '\\', '[', '<'} {
		md[c] = true
	}
	for c := range all {
		all[c] = true
	}
	return plain, md, all
}

// runTo returns the first byte of s from i that stop holds, or len(s).
func runTo(s string, i int, stop *[256]bool) int {
	for i < len(s) && !stop[s[i]] {
		i++
	}
	return i
}

// readLookalikes reads each look-alike letter as the Vietnamese letter it
// stands for ("Nhƣ" as "Như"); Para.Lookalike finds them again in the
// file. Each pair is written with two bytes, so the map to the file stays
// as it is.
func (l *line) readLookalikes() {
	if !source.HasLookalike(l.text) {
		return
	}
	b := []byte(l.text)
	var prev rune
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if to, ok := source.Lookalike(r, prev); ok && utf8.RuneLen(to) == w {
			utf8.EncodeRune(b[i:], to)
			r = to
		}
		prev = r
		i += w
	}
	l.text = string(b)
}

func isASCIIPunct(c byte) bool {
	return c < 128 && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

// blankOut replaces the ranges of s with spaces, keeping offsets.
func blankOut(s string, ranges [][]int) string {
	b := []byte(s)
	for _, r := range ranges {
		for i := r[0]; i < r[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// trim removes white space at both ends, keeping the map in step.
func (l *line) trim() {
	start := len(l.text) - len(strings.TrimLeftFunc(l.text, unicode.IsSpace))
	end := len(strings.TrimRightFunc(l.text, unicode.IsSpace))
	if start >= end {
		l.text, l.src = "", nil
		return
	}
	l.text, l.src = l.text[start:end], l.src[start:end]
}

// toNFC puts the text in NFC, each composed character mapped to where its
// first part stands in the file, and notes where the file first wrote a
// character decomposed.
func (l *line) toNFC() {
	if source.IsNFC(l.text) {
		return
	}
	var it norm.Iter
	it.InitString(norm.NFC, l.text)
	out := make([]byte, 0, len(l.text))
	src := make([]int, 0, len(l.src))
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		if l.nfd == 0 && string(seg) != l.text[start:it.Pos()] {
			l.nfd = len(out) + 1
		}
		for range seg {
			src = append(src, l.src[start])
		}
		out = append(out, seg...)
	}
	l.text, l.src = string(out), src
}

// tableLine reads a Markdown table row into its cells; a rule row is
// empty.
func tableLine(raw string, off, num int) line {
	l := line{num: num, md: true}
	if tableRule().MatchString(raw) {
		return l
	}
	t := strings.TrimSpace(raw)
	base := off + strings.Index(raw, t)
	t = strings.TrimPrefix(t, "|")
	base++
	first := true
	for len(t) > 0 {
		i := unescapedPipe(t)
		cellRaw := t
		if i >= 0 {
			cellRaw = t[:i]
		}
		col := Right
		if first {
			col, first = Left, false
		}
		l.cells = append(l.cells, cellLines(cellRaw, base, num, true, col)...)
		if i < 0 {
			break
		}
		t, base = t[i+1:], base+i+1
	}
	return l
}

// unescapedPipe is the index of the first "|" of s not escaped as "\|",
// or -1.
func unescapedPipe(s string) int {
	i := strings.Index(s, "|")
	for i > 0 && s[i-1] == '\\' {
		j := strings.Index(s[i+1:], "|")
		if j < 0 {
			return -1
		}
		i += j + 1
	}
	return i
}
