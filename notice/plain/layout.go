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
//     with neither is OnePerLine, and so is one whose only blank lines
//     stand below its end ("./." or the Nơi nhận label) right before its
//     Nơi nhận or its appendix, with no line going on from the one
//     before: a Word text saved one paragraph a line keeps the empty
//     paragraphs before its Nơi nhận and its appendix as blank lines. (A
//     blank line elsewhere below the end, between a signer's title and
//     name, parts a hand-wrapped text's blocks as well as a Word text's.)
//
// Markdown is always Blank.
func decide(ls []rawLine, md bool) Layout {
	if md {
		return Blank
	}
	var joined, spaced, indented, feeds, blanks, continued int
	otherBlanks, ended := 0, false
	for i, l := range ls {
		t := strings.TrimSpace(l.s)
		if strings.Contains(t, "./.") || endLabel(t) {
			ended = true
		}
		if strings.HasPrefix(l.s, "\f") {
			feeds++
		}
		if t == "" {
			if i > 0 && i+1 < len(ls) && strings.TrimSpace(ls[i-1].s) != "" {
				blanks++
				if !ended || !beforeEndBlock(ls, i) {
					otherBlanks++ // a blank line but one below the end before the Nơi nhận or the appendix
				}
			}
			continue
		}
		var next string
		if i+1 < len(ls) {
			next = ls[i+1].s
		}
		nt := strings.TrimSpace(next)
		if utf8.RuneCountInString(t) > longLine && !hasGap(t) && !lastText(ls, i) {
			if nt == "" {
				spaced++
			} else {
				joined++
			}
		}
		if nt == "" {
			continue
		}
		if hanging(l.s, next) && utf8.RuneCountInString(nt) <= longLine {
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
	case ended && otherBlanks == 0 && continued == 0 && blanks > 0:
		return OnePerLine // a Word text's empty paragraphs below its end before its Nơi nhận or appendix, no other, no line going on from the one before
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

// hanging reports whether line s is a paragraph's first line indented
// over next, a wrapped line of it: pdftotext -layout starts the wrapped
// lines flush with the margin, or one or two spaces in where the page's
// text box stands a little to the right of the first column.
func hanging(s, next string) bool {
	in := indent(next)
	return in <= 2 && indent(s) >= in+3
}

// hasGap reports whether s has a run of three spaces or a tab inside its
// text: columns side by side, not a paragraph.
func hasGap(s string) bool {
	return strings.Contains(s, "   ") || strings.Contains(s, "\t")
}

// lastText reports whether ls[i] is the text's last line with text: what
// follows it, nothing or blank lines, says nothing of how its paragraphs
// are parted.
func lastText(ls []rawLine, i int) bool {
	for _, l := range ls[i+1:] {
		if strings.TrimSpace(l.s) != "" {
			return false
		}
	}
	return true
}

// endLabel reports whether t (trimmed) is the Nơi nhận label alone or
// as the first cell of a row ("Nơi nhận:\tHIỆU TRƯỞNG"), not a body's
// "Nơi nhận hồ sơ: ...".
func endLabel(t string) bool {
	if !strings.HasPrefix(t, "Nơi nhận") {
		return false
	}
	if k := strings.IndexByte(t, '\t'); k >= 0 {
		t = strings.TrimSpace(t[:k])
	}
	return labelRe().MatchString(t)
}

// beforeEndBlock reports whether the blank line ls[i] is one of the
// blank lines right above the Nơi nhận label or its row (endLabel), or an
// appendix's heading as the page's zone below the end reads it
// (appendixOpens): "PHỤ LỤC", "Phụ lục II", a part's heading in capitals
// ("DANH SÁCH ...", "LỊCH THI"), another document's tên loại.
func beforeEndBlock(ls []rawLine, i int) bool {
	for _, l := range ls[i+1:] {
		t := strings.TrimSpace(l.s)
		if t == "" {
			continue
		}
		return endLabel(t) || appendixOpens(t)
	}
	return false
}
