package check_test

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/docx/docxtest"
)

// PDF twins: a Twin printed to PDF and its text layer taken out by
// pdftotext, the way a site's issued PDF comes to us as text
// (testdata/corpus/layout/*.txt are real ones). With -layout (textPDF)
// each line of the page is one line of text, its words where they stand
// on the page: the header's two columns side by side, padded with spaces
// ("Số: 12/TB-UBND          Quảng Nam, ngày 05 tháng 3 năm 2025"), the
// elements set centred pushed to the middle, the body's paragraphs
// wrapped at the page's right edge (the first line indented, the lines
// going on flush left), the end block's two columns side by side (Nơi
// nhận's lines on the left, the signer's on the right, paired by the
// row they stand on), every page ended by a form feed, the pages after
// the first headed by their number. Without -layout (textPDFRaw) the
// columns come one after the other, the left's before the right's, each
// line flush left, the lines of a paragraph still broken where the page
// broke them.

const (
	pdfWidth     = 90 // characters a body line holds
	pdfIndent    = 6  // the first line's indent
	pdfPageLines = 48 // lines a page holds
	pdfLeftCol   = 40 // the width of the header's left column
	pdfRightCol  = 50 // the width of its right column
	pdfRecvWidth = 42 // characters a line of Nơi nhận holds
)

// pdfWriter writes a Twin as pdftotext writes its PDF.
type pdfWriter struct {
	layout bool // -layout
	lines  []string
	page   int // lines on the page so far
	pages  int
}

// add puts a line on the page, turning it first when it is full.
func (w *pdfWriter) add(l string) {
	if w.page == pdfPageLines { // the form feed ends the page, before the next one's first line
		w.pages++
		w.page = 0
		if w.layout {
			w.lines = append(w.lines, "\f"+strings.Repeat(" ", pdfWidth/2)+fmt.Sprint(w.pages+1), "")
			w.page = 2
		} else {
			l = "\f" + l
		}
	}
	w.lines = append(w.lines, l)
	w.page++
}

// centred is l in the middle of a column of width n (flush left without
// -layout).
func (w *pdfWriter) centred(l string, n int) string {
	if !w.layout {
		return l
	}
	return strings.Repeat(" ", max(0, (n-utf8.RuneCountInString(l))/2)) + l
}

// pdfPad is l filled with spaces to n characters, three at least.
func pdfPad(l string, n int) string {
	return l + strings.Repeat(" ", max(3, n-utf8.RuneCountInString(l))) // a column's gap, however long the text before it
}

// pdfWrap breaks s into lines at spaces, the first of at most first
// characters, the next of at most n, each less some characters as
// pdfSlack gives them: a proportional font's line holds more narrow
// letters than wide ones, so a page's lines stop short of one width by
// a few characters, unevenly. A dash standing alone never starts a line
// (as Word and the renderer set it, notice/pdf/phrase.go): where it
// would not fit, the word before it goes down with it ("chính trị -" /
// "xã hội huyện;", or "chính" / "trị - xã hội huyện;").
func pdfWrap(s string, first, n int) []string {
	var out, words []string
	width := first - pdfSlack(0)
	for _, word := range strings.Fields(s) {
		if len(words) > 0 && utf8.RuneCountInString(strings.Join(words, " "))+1+utf8.RuneCountInString(word) > width {
			var carry []string
			if word == "-" || word == "–" {
				if len(words) == 1 {
					words = append(words, word) // over the width: no word to go down with it
					continue
				}
				carry, words = words[len(words)-1:], words[:len(words)-1]
			}
			out = append(out, strings.Join(words, " "))
			words, width = carry, n-pdfSlack(len(out))
		}
		words = append(words, word)
	}
	return append(out, strings.Join(words, " "))
}

// pdfSlack is how many characters short of the width the paragraph's
// line i stops at most.
func pdfSlack(i int) int { return [...]int{0, 4, 2, 6, 1, 5, 3}[i%7] }

// columns writes two columns side by side, row by row: left's line
// padded to the right column's start, right's after it; without -layout
// the left column's lines, then the right's.
func (w *pdfWriter) columns(left, right []string, at int) {
	if !w.layout {
		for _, l := range append(append([]string(nil), left...), right...) {
			if l = strings.TrimSpace(l); l != "" {
				w.add(l)
			}
		}
		return
	}
	for i := 0; i < max(len(left), len(right)); i++ {
		var l, r string
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		if r == "" {
			w.add(strings.TrimRight(l, " "))
			continue
		}
		w.add(pdfPad(l, at) + r)
	}
}

// pdfTextOf writes t as pdftotext takes it out of the PDF printed from
// it, with -layout or without.
func pdfTextOf(t docxtest.Twin, layout bool) []byte {
	w := &pdfWriter{layout: layout}
	w.header(t)
	w.add("")
	if t.Title != "" {
		w.add(w.centred(t.Title, pdfWidth))
	}
	for _, l := range t.Subject {
		w.add(w.centred(l, pdfWidth))
	}
	w.add("")
	for _, p := range t.Body {
		indent := strings.Repeat(" ", pdfIndent)
		if !layout {
			indent = ""
		}
		for i, l := range pdfWrap(p.Text, pdfWidth-pdfIndent, pdfWidth) {
			if i == 0 {
				l = indent + l
			}
			w.add(l)
		}
	}
	w.add("")
	w.end(t)
	for _, n := range t.Notes { // at the page's foot: the number raised above the note's first line
		w.add(fmt.Sprint(n.Number))
		for i, l := range pdfWrap(n.Text, pdfWidth-2, pdfWidth) {
			if i == 0 && layout {
				l = "  " + l
			}
			w.add(l)
		}
	}
	if !layout {
		w.lines = pdfDashJoined(w.lines)
	}
	return []byte(strings.Join(w.lines, "\n") + "\n\f")
}

// pdfDashJoined is lines as pdftotext gives them without -layout: it
// takes a line ending with a dash for a word hyphenated at the edge,
// drops the dash and runs the next line on after it, with no line's end;
// a dash standing alone leaves its space ("... chính trị xã hội
// huyện;"). The page's turn stops it.
func pdfDashJoined(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		for strings.HasSuffix(l, "-") && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !strings.HasPrefix(lines[i+1], "\f") {
			i++
			l = strings.TrimSuffix(l, "-") + lines[i]
		}
		out = append(out, l)
	}
	return out
}

// header writes the header's two columns: the issuer beside the Quốc
// hiệu and the Tiêu ngữ, "Số" beside the place and date; a line longer
// than its cell wraps in it.
func (w *pdfWriter) header(t docxtest.Twin) {
	number := len(t.Left) - t.VV - 1
	var left []string
	row := 0 // the row of "Số"
	for i, l := range t.Left {
		if i == number {
			for len(left) < 2 {
				left = append(left, "")
			}
			row = len(left)
		}
		for _, piece := range pdfWrap(l, pdfLeftCol-4, pdfLeftCol-4) { // the cell's width
			left = append(left, w.centred(piece, pdfLeftCol))
		}
	}
	right := make([]string, row+1)
	right[0], right[1], right[row] = w.centred(t.Right[0], pdfRightCol), w.centred(t.Right[1], pdfRightCol), w.centred(t.Right[2], pdfRightCol)
	w.columns(left, right, pdfLeftCol)
}

// end writes the end block: Nơi nhận's lines, wrapped and going on
// indented by two spaces, beside the signer's authority, title, room to
// sign and name.
func (w *pdfWriter) end(t docxtest.Twin) {
	var recv []string
	for _, l := range t.Recipients {
		for i, s := range pdfWrap(l.Text, pdfRecvWidth, pdfRecvWidth-2) {
			if i > 0 && w.layout {
				s = "  " + s
			}
			recv = append(recv, s)
		}
	}
	var sign []string
	for _, l := range t.Signer {
		sign = append(sign, w.centred(l, pdfRightCol-4))
	}
	sign = append(sign, "", "", "", w.centred(t.Name, pdfRightCol-4))
	w.columns(recv, sign, pdfRecvWidth+4)
}
