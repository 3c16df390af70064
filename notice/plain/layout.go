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
//     (Blank: the seeds, extracted from PDFs); the majority decides. A
//     blank line under the trích yếu or above the end block says nothing:
//     both layouts set them apart (a Word text keeps its empty paragraphs
//     there).
//   - With no long line, indented first lines over flush lines are a
//     page's layout too: three of them, or one whose sentence goes on
//     flush under it below a first line that sets the header's two cells
//     side by side with spaces (a one-page copy, no form feed). A first
//     line indented over the next that ends its sentence there is a
//     hand-typed paragraph, not a page's wrap.
//   - Otherwise blank lines between texts, or lines that continue a
//     sentence, make it Blank (hand-wrapped text); a text of short lines
//     with neither is OnePerLine, and so is one whose only blank lines
//     stand below its end ("./." or the Nơi nhận label) right before its
//     Nơi nhận or its appendix, with no line going on from the one
//     before: a Word text saved one paragraph a line keeps the empty
//     paragraphs before its Nơi nhận and its appendix as blank lines. (A
//     blank line elsewhere below the end, between a signer's title and
//     name, parts a hand-wrapped text's blocks as well as a Word text's.)
//     A text of short lines is OnePerLine too when it has blank lines in
//     its header (above its first line that ends a sentence) and, above
//     its end, none under a line ending a sentence or going on (but under
//     the trích yếu and above the end block), no line goes on from the
//     one before, and some line ending a sentence has the next paragraph
//     right under it: a Word text's empty paragraphs stand only where
//     offices put them, in and under the header, under the trích yếu, in
//     the signature. (A page's broken lines with a blank line only in the
//     signature, or a blank line inside a sentence, stay Blank.)
//
// Markdown is always Blank.
func decide(ls []rawLine, md bool) Layout {
	if md {
		return Blank
	}
	e := weigh(ls)
	switch {
	case e.feeds > 0 && e.indented >= 1:
		return Columns
	case e.joined+e.spaced > 0 && e.joined > e.spaced:
		return OnePerLine
	case e.joined+e.spaced > 0:
		return Blank
	case e.indented >= 3, e.wrapped >= 1 && e.pageHead:
		return Columns
	case e.ended && e.otherBlanks == 0 && e.continued == 0 && e.blanks > 0:
		return OnePerLine // a Word text's empty paragraphs below its end before its Nơi nhận or appendix, no other, no line going on from the one before
	case e.ended && e.headBlanks > 0 && e.parted == 0 && e.broken == 0 && e.continued == 0 && e.whole > 0:
		return OnePerLine // a Word text's empty paragraphs where offices put them (under the header, the trích yếu, in the signature), none between paragraphs, paragraphs that end a sentence one under the other
	case e.tabHeader > 0 && e.continued == 0 && e.broken == 0 && e.parted == 0:
		return OnePerLine // Word's save as text: the header's table rows parted by tabs, no line going on from the one before, no blank line inside or between the body's paragraphs
	case e.blanks > 0, e.continued >= 3:
		return Blank
	}
	return OnePerLine
}

// evidence is what decide weighs: long lines followed by the next
// paragraph (joined) or by a blank line (spaced), indented first lines
// (wrapped: those whose sentence goes on flush under them), whether the
// first line sets two texts side by side with spaces (pageHead), form
// feeds, blank lines between texts (blanks; otherBlanks of them
// not right above the end block), lines going on from the one before
// (continued), and whether the text's end has been seen; above the end,
// a line ending a sentence with the next paragraph right under it
// (whole), blank lines above the first line that ends a sentence
// (headBlanks: the header's, the tên loại's), under one (parted) or
// under a line going on (broken); and lines above the first that ends a
// sentence whose texts a tab parts (tabHeader: the header table's rows as
// Word saves a table as text, which no page's text breaks by hand).
type evidence struct {
	joined, spaced, indented, wrapped, feeds, blanks, otherBlanks, continued int
	whole, headBlanks, parted, broken, tabHeader                             int
	begun, ended, texted, pageHead                                           bool
}

// sortBlank counts the blank line ls[i], under a line with text, above
// the end: in the header (no line has ended a sentence yet), under a
// paragraph's end (parted) or inside a sentence (broken); not one under
// the trích yếu or above the end block, which both layouts set apart.
func (e *evidence) sortBlank(ls []rawLine, i int) {
	switch {
	case e.ended:
	case !e.begun:
		e.headBlanks++
	case underTitle(ls, i-1) || endBlockNext(ls, i-1):
	case finished(strings.TrimSpace(ls[i-1].s)):
		e.parted++
	default:
		e.broken++
	}
}

// weigh gathers the evidence of a text's lines.
func weigh(ls []rawLine) evidence {
	var e evidence
	for i, l := range ls {
		t := strings.TrimSpace(l.s)
		if strings.Contains(t, "./.") || endLabel(t) {
			e.ended = true
		}
		if strings.HasPrefix(l.s, "\f") {
			e.feeds++
		}
		if t == "" {
			if i > 0 && i+1 < len(ls) && strings.TrimSpace(ls[i-1].s) != "" {
				e.sortBlank(ls, i)
				e.blanks++
				if !e.ended || !beforeEndBlock(ls, i) {
					e.otherBlanks++ // a blank line but one below the end before the Nơi nhận or the appendix
				}
			}
			continue
		}
		if !e.texted {
			e.texted, e.pageHead = true, spaceParted(t)
		}
		if !e.begun && tabParted(t) {
			e.tabHeader++
		}
		e.begun = e.begun || finished(t)
		var next string
		if i+1 < len(ls) {
			next = ls[i+1].s
		}
		nt := strings.TrimSpace(next)
		if utf8.RuneCountInString(t) > longLine && !hasGap(t) && !lastText(ls, i) {
			switch {
			case nt != "":
				e.joined++
			case !underTitle(ls, i) && !endBlockNext(ls, i):
				e.spaced++
			}
		}
		if nt == "" {
			continue
		}
		if !e.ended && finished(t) && paraOpens(nt) {
			e.whole++
		}
		if hanging(l.s, next) && utf8.RuneCountInString(nt) <= longLine {
			e.indented++
			if !finished(t) {
				e.wrapped++ // its sentence goes on flush under it
			}
		}
		if r, _ := utf8.DecodeRuneInString(nt); unicode.IsLower(r) && !cite.HasMarker(nt) && !isTitle(t) {
			e.continued++ // "a) ..." starts a point, not the rest of a sentence; under the tên loại, a trích yếu typed without its capital
		}
	}
	return e
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

// spaceParted reports whether a trimmed line holds two texts a run of
// spaces and no tab parts: the header's two cells side by side as
// pdftotext -layout sets a page's first line ("CHI CỤC THÚ Y VÙNG III
// ... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), where Word's save as text
// parts them by a tab.
func spaceParted(t string) bool {
	return strings.Contains(t, "   ") && !strings.Contains(t, "\t")
}

// tabParted reports whether a trimmed line holds texts a tab parts: a
// table's row as Word saves it as text.
func tabParted(t string) bool {
	a, b, ok := strings.Cut(t, "\t")
	return ok && strings.TrimSpace(a) != "" && strings.TrimSpace(b) != ""
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

// paraOpens reports whether t opens a paragraph that is no list's item:
// it starts with a capital or a digit, no numbering marker.
func paraOpens(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return (unicode.IsUpper(r) || unicode.IsDigit(r)) && !cite.HasMarker(t) && !endLabel(t)
}

// underTitle reports whether ls[i] is the trích yếu right under the tên
// loại ("QUYẾT ĐỊNH", "THÔNG BÁO"): the nearest line with text above it
// is the tên loại. Both layouts set the trích yếu apart from the body
// with a blank line (a Word text keeps the empty paragraph of the rule
// drawn under it): the blank line under it says nothing of the layout.
func underTitle(ls []rawLine, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(ls[j].s); t != "" {
			return isTitle(t)
		}
	}
	return false
}

// endBlockNext reports whether the first line with text below ls[i]
// opens the end block: the Nơi nhận label alone or as a row's first cell,
// or the signer's authority ("TM. ỦY BAN NHÂN DÂN"), alone or in a row's
// cell ("\tKT. CHỦ TỊCH"). Both a text of paragraphs parted by blank
// lines and a Word text saved one paragraph a line set the end block
// apart with one: the blank line above it says nothing of the layout.
func endBlockNext(ls []rawLine, i int) bool {
	for _, l := range ls[i+1:] {
		t := strings.TrimSpace(l.s)
		if t == "" {
			continue
		}
		if endLabel(t) {
			return true
		}
		for _, c := range strings.Split(t, "\t") {
			if c = strings.TrimSpace(c); c != "" && authorityLine(c) {
				return true
			}
		}
		return false
	}
	return false
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
