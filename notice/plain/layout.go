package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// longLine is longer than any line of a page (footnotes in small print
// included) or of hand-wrapped text: a paragraph written on one line.
const longLine = 150

// decide reads the layout of a text from evidence in it.
//
//   - Form feeds between pages with first lines indented over flush
//     continuation lines are a page's layout (Columns: pdftotext -layout).
//   - A paragraph written on one long line is followed by the next
//     paragraph (OnePerLine: Word's "save as text") or by a blank line
//     (Blank: the seeds, extracted from PDFs); the majority decides.
//   - With no long line, indented first lines over flush lines are a
//     page's layout too.
//   - Otherwise blank lines between texts, or lines that continue a
//     sentence, make it Blank (hand-wrapped text); a text of short lines
//     with neither is OnePerLine.
//
// Markdown is always Blank.
func decide(ls []rawLine, md bool) Layout {
	if md {
		return Blank
	}
	var joined, spaced, indented, feeds, blanks, continued int
	for i, l := range ls {
		t := strings.TrimSpace(l.s)
		if strings.HasPrefix(l.s, "\f") {
			feeds++
		}
		if t == "" {
			if i > 0 && i+1 < len(ls) && strings.TrimSpace(ls[i-1].s) != "" {
				blanks++
			}
			continue
		}
		var next string
		if i+1 < len(ls) {
			next = ls[i+1].s
		}
		nt := strings.TrimSpace(next)
		if utf8.RuneCountInString(t) > longLine && !hasGap(t) {
			if nt == "" {
				spaced++
			} else {
				joined++
			}
		}
		if nt == "" {
			continue
		}
		if indent(l.s) >= 3 && indent(next) == 0 && utf8.RuneCountInString(strings.TrimSpace(next)) <= longLine {
			indented++
		}
		if r, _ := utf8.DecodeRuneInString(nt); unicode.IsLower(r) && !cite.HasMarker(nt) {
			continued++ // "a) ..." starts a point, not the rest of a sentence
		}
	}
	switch {
	case feeds > 0 && indented >= 1:
		return Columns
	case joined+spaced > 0 && joined > spaced:
		return OnePerLine
	case joined+spaced > 0:
		return Blank
	case indented >= 3:
		return Columns
	case blanks > 0, continued >= 3:
		return Blank
	}
	return OnePerLine
}

// indent is the number of spaces before the text of s (a form feed is not
// one).
func indent(s string) int {
	s = strings.TrimPrefix(s, "\f")
	return len(s) - len(strings.TrimLeft(s, " "))
}

// hasGap reports whether s has a run of three spaces or a tab inside its
// text: columns side by side, not a paragraph.
func hasGap(s string) bool {
	return strings.Contains(s, "   ") || strings.Contains(s, "\t")
}
