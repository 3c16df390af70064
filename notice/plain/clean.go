package plain

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one source line with its markup removed.
type line struct {
	text  string
	src   []int    // source byte offset of each byte of text
	notes []string // footnote numbers referred to on the line
	note  string   // the line starts a footnote with this number
	cells []line   // a table row's cells
	num   int      // line number, from 1
}

var superscripts = map[rune]rune{'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}

var (
	mdNoteDef   = regexp.MustCompile(`^\[\^([^\]\s]{1,32})\]:[ \t]*`)
	mdNoteRef   = regexp.MustCompile(`^\[\^([^\]\s]{1,32})\]`)
	mdHeading   = regexp.MustCompile(`^#{1,6}[ \t]+`)
	tableRule   = regexp.MustCompile(`^\|?[ \t:]*-{3,}[ \t:]*(\|[ \t:]*-{3,}[ \t:]*)*\|?[ \t]*$`)
	htmlComment = regexp.MustCompile(`<!--.*?-->`)
)

// cleanLine removes markup from raw, which starts at byte off of the file.
func cleanLine(raw string, off, num int) line {
	l := line{num: num}
	raw = strings.TrimRight(raw, "\r")
	if m := htmlComment.FindAllStringIndex(raw, -1); m != nil {
		raw = blankOut(raw, m)
	}
	start := 0
	if m := mdNoteDef.FindStringSubmatchIndex(raw); m != nil {
		l.note = raw[m[2]:m[3]]
		start = m[1]
	} else if m := mdHeading.FindStringIndex(raw); m != nil {
		start = m[1]
	}
	if strings.HasPrefix(strings.TrimSpace(raw), "|") {
		return tableLine(raw, off, num)
	}
	var b strings.Builder
	prevSup := false
	for i := start; i < len(raw); {
		r, w := utf8.DecodeRuneInString(raw[i:])
		_, sup := superscripts[r]
		if !sup {
			prevSup = false
		}
		switch {
		case r == '*':
			i += w
			continue
		case r == '\\' && i+1 < len(raw) && isASCIIPunct(raw[i+1]):
			i++
			continue
		case r == '\\' && i+1 == len(raw):
			i++
			continue
		case r == '[':
			if m := mdNoteRef.FindStringSubmatch(raw[i:]); m != nil {
				l.notes = append(l.notes, m[1])
				i += len(m[0])
				continue
			}
		}
		if r == '\u00a0' { // a no-break space: blanks left on a draft
			b.WriteByte(' ')
			l.src = append(l.src, off+i)
			i += w
			continue
		}
		if d, ok := superscripts[r]; ok {
			if b.Len() == 0 && l.note == "" {
				l.note = string(d)
				for i += w; i < len(raw); {
					r2, w2 := utf8.DecodeRuneInString(raw[i:])
					d2, ok := superscripts[r2]
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
	return l
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

// tableLine reads a Markdown table row into its cells; a rule row is
// empty.
func tableLine(raw string, off, num int) line {
	l := line{num: num}
	if tableRule.MatchString(raw) {
		return l
	}
	t := strings.TrimSpace(raw)
	base := off + strings.Index(raw, t)
	t = strings.TrimPrefix(t, "|")
	base++
	for len(t) > 0 {
		i := strings.Index(t, "|")
		for i > 0 && t[i-1] == '\\' {
			j := strings.Index(t[i+1:], "|")
			if j < 0 {
				i = -1
				break
			}
			i += j + 1
		}
		cellRaw := t
		if i >= 0 {
			cellRaw = t[:i]
		}
		c := cleanLine(cellRaw, base, num)
		l.cells = append(l.cells, c)
		if i < 0 {
			break
		}
		t, base = t[i+1:], base+i+1
	}
	if len(l.cells) > 0 {
		l.text = "|"
	}
	return l
}
