package docx

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// Listing is a Word notice as the checker reads it, one line per
// paragraph: `thongbao text FILE.docx` prints it, and the line numbers of
// findings on a .docx are line numbers of this listing. The rules:
//
//   - Each paragraph that prints something is one line; empty paragraphs
//     (nothing but white space, no-break spaces included, and no label)
//     are left out.
//   - A numbering label is written before the text, followed by one
//     space: "1. Sở Công Thương", "a) ...", "- ...".
//   - Text is as typed and printed: runs of spaces and tabs stay, a tab
//     is "\t", a manual line break is one space (Paragraph.Breaks keeps
//     where) but in a cell of a row of several cells and in a text box,
//     where the header and the end block are laid out and each printed
//     line is an element of its own ("ỦY BAN NHÂN DÂN" Shift+Enter
//     "HUYỆN LÝ SƠN", "KT. CHỦ TỊCH" Shift+Enter "PHÓ CHỦ TỊCH"): there
//     it ends the line, and the paragraph goes on on the next; so it does
//     in a body paragraph whose first line is an authority ("TL. CHỦ
//     TỊCH" Shift+Enter "KT. CHÁNH VĂN PHÒNG" ...), the signer's block as
//     pandoc and many offices type it. Hidden text and deleted text are left out, field results
//     stand for their fields, note references are superscript digits.
//     Other raised or lowered text ("m3" with a superscript 3) is as
//     typed: Run.Props.VertAlign says how it prints.
//   - A table is read row by row. The cells of a row are put side by side,
//     joined by " | ". A row whose cells hold several paragraphs gives
//     several lines: line k joins the k-th non-empty paragraph of each
//     cell, with "" for a cell that has fewer; cells left empty at the end
//     of a line are dropped (a line whose first cell is empty starts with
//     " | "), and so are the columns of a table before the first that
//     prints anything in some row (a signature beside an empty cell, with
//     no Nơi nhận). Two or more empty paragraphs in a row in a cell, the room
//     left for a signature, count as as many lines, so that the signer's
//     name stands beside the line of Nơi nhận it is printed beside, or
//     after them all. A nested table gives its lines to its cell. A table
//     of one column gives its paragraphs as lines of their own.
//   - The paragraphs of a text box follow the paragraph that anchors it.
//   - Footnotes, then endnotes, come after the body, in number order:
//     each paragraph of a note is a line, and the first starts with the
//     number as Word prints it ("¹ Nghị quyết ...", superscript digits;
//     a custom mark as typed), which is how notice/plain reads a footnote.
//   - The header of the first page comes first when it holds the
//     notice's header block (Document.PageHeader): a line "[đầu trang]",
//     its paragraphs and tables read as the body's, then a line "[hết
//     đầu trang]". The checker reads those two lines as empty ones
//     (CheckText). So does a footer that holds the end block
//     (Document.PageFooter), after the body and before the notes, between
//     "[chân trang]" and "[hết chân trang]". Other headers and footers
//     are not in the listing.
type Listing struct {
	Lines []Line
	index map[*Paragraph][][2]int // line (from 0) and span of each piece of each paragraph
}

// LineKind says what a line of a listing comes from.
type LineKind int

const (
	LinePara LineKind = iota // a paragraph (of the body, a text box, a one-column table)
	LineRow                  // a line of a row of a table with several columns
	LineNote                 // a line of a footnote or an endnote
	LineMark                 // a line that says where the lines after it come from: "[đầu trang]"
)

func (k LineKind) String() string { return [...]string{"paragraph", "row", "note", "mark"}[k] }

// Line is one line of a listing.
type Line struct {
	Text string
	Kind LineKind
	// Spans are the paragraphs of the line in order, with their bytes.
	Spans []Span
	// Note is the note of a LineNote.
	Note *Note
	// Part is the header or footer the line comes from, nil for the
	// body and the notes.
	Part *HeaderFooter
	// Mark is what a LineMark says; Text holds it in Vietnamese.
	Mark diag.Text
	// Continued are the cells of a table row's first line, counted as
	// the line's " | " cells from 0, that continue a cell merged down
	// from the row above (w:vMerge) and print nothing: what that row's
	// cell says holds for this row too (listing_merge.go).
	Continued []int
}

// The marks around the header of the first page and the footer that
// holds the end block.
var (
	markHeader    = diag.Msg("[đầu trang]", "[page header]")
	markHeaderEnd = diag.Msg("[hết đầu trang]", "[end of page header]")
	markFooter    = diag.Msg("[chân trang]", "[page footer]")
	markFooterEnd = diag.Msg("[hết chân trang]", "[end of page footer]")
)

// Span places a paragraph, or a piece of it, in a line: its label (if
// any) and a space from Start, then its Text from Off on, from TextStart
// to End. Off is 0 but for the pieces after the first of a paragraph cut
// at its manual line breaks.
type Span struct {
	Para                  *Paragraph
	Start, TextStart, End int
	Off                   int
	// Cell is the index of the cell of the (outermost) table row the
	// paragraph is in, -1 outside tables.
	Cell int
}

// Listing returns the listing of the document.
func (d *Document) Listing() *Listing {
	l := &Listing{index: map[*Paragraph][][2]int{}}
	l.addPart(d.PageHeader(), markHeader, markHeaderEnd)
	for _, it := range blockItems(d.Body) {
		l.add(it, nil)
	}
	l.addPart(d.PageFooter(), markFooter, markFooterEnd)
	for _, notes := range [][]*Note{d.Footnotes, d.Endnotes} {
		for _, n := range notes {
			for _, it := range blockItems(n.Blocks) {
				it.kind = LineNote
				l.add(it, n)
			}
		}
	}
	return l
}

// addPart adds the lines of a header or footer h between the marks
// open and end; nothing for nil.
func (l *Listing) addPart(h *HeaderFooter, open, end diag.Text) {
	if h == nil {
		return
	}
	l.Lines = append(l.Lines, Line{Text: open.VI, Kind: LineMark, Mark: open})
	for _, it := range blockItems(h.Blocks) {
		l.add(it, nil)
		l.Lines[len(l.Lines)-1].Part = h
	}
	l.Lines = append(l.Lines, Line{Text: end.VI, Kind: LineMark, Mark: end})
}

func (l *Listing) add(it item, n *Note) {
	for i, s := range it.spans {
		l.index[s.Para] = append(l.index[s.Para], [2]int{len(l.Lines), i})
	}
	l.Lines = append(l.Lines, Line{Text: it.text, Kind: it.kind, Spans: it.spans, Note: n, Continued: it.continued})
}

// item is a line being built.
type item struct {
	text      string
	kind      LineKind
	spans     []Span
	continued []int // Line.Continued
}

func paraItem(p *Paragraph) (item, bool) {
	if p.Empty() {
		return item{}, false
	}
	s := Span{Para: p, Cell: -1}
	text := p.Text
	if p.Label != nil && p.Label.Text != "" {
		text = p.Label.Text + " " + p.Text
		s.TextStart = len(p.Label.Text) + 1
	}
	s.End = len(text)
	return item{text: text, kind: LinePara, spans: []Span{s}}, true
}

// lineItems are the lines of a paragraph cut at its manual line breaks,
// each piece that prints something a line: the label before the first.
func lineItems(p *Paragraph) []item {
	return lineItemsAt(p, func(int) bool { return true })
}

// lineItemsAt cuts a paragraph at the manual line breaks cut says (the
// byte of the space standing for it); the others stay spaces.
func lineItemsAt(p *Paragraph, cut func(b int) bool) []item {
	it, ok := paraItem(p)
	if !ok || len(p.Breaks) == 0 {
		if ok {
			return []item{it}
		}
		return nil
	}
	var out []item
	from := 0
	for _, b := range append(p.Breaks, len(p.Text)) {
		if b < from || b > len(p.Text) || b < len(p.Text) && !cut(b) {
			continue
		}
		piece := p.Text[from:b]
		s := Span{Para: p, Cell: -1, Off: from}
		text := piece
		if from == 0 && p.Label != nil && p.Label.Text != "" {
			text = p.Label.Text + " " + piece
			s.TextStart = len(p.Label.Text) + 1
		}
		s.End = len(text)
		if strings.TrimSpace(piece) != "" || s.TextStart > 0 {
			out = append(out, item{text: text, kind: LinePara, spans: []Span{s}})
		}
		from = b + 1 // past the space that stands for the break
	}
	return out
}

func blockItems(bs []Block) []item {
	var out []item
	for _, b := range bs {
		switch b := b.(type) {
		case *Paragraph:
			if b.TextBox || signerBlock(b) {
				out = append(out, lineItems(b)...)
			} else if markBreaks(b) {
				out = append(out, lineItemsAt(b, b.breakBeforeMark)...) // listing_mark_break.go
			} else if it, ok := paraItem(b); ok {
				out = append(out, it)
			}
		case *Table:
			out = append(out, tableItems(b)...)
		}
	}
	return out
}

// signerBlock reports whether a body paragraph is the signer's block
// typed as one paragraph with manual line breaks, as pandoc and many
// offices write it: its first printed line is an authority ("TM. ỦY BAN
// NHÂN DÂN", "KT. CHỦ TỊCH", "TL. ...", "TUQ. ...", "Q. ..."). Each
// printed line is then a line of the listing, as in a cell.
func signerBlock(p *Paragraph) bool {
	if len(p.Breaks) == 0 {
		return false
	}
	first := strings.TrimSpace(p.Text[:p.Breaks[0]])
	for _, a := range []string{"TM.", "KT.", "TL.", "TUQ.", "Q."} {
		if strings.HasPrefix(first, a) {
			return true
		}
	}
	return false
}

const cellSep = " | "

func tableItems(t *Table) []item {
	kind := LinePara
	for _, row := range t.Rows {
		if len(row.Cells) > 1 {
			kind = LineRow
		}
	}
	rows := make([][][]item, len(t.Rows))
	// The columns that print nothing in any row, before the first that
	// does, are left out: a signature in the right cell beside an empty
	// left one (no Nơi nhận) is the signer's lines, not cells of a table.
	first := math.MaxInt
	for i, row := range t.Rows {
		rows[i] = make([][]item, len(row.Cells))
		for j := range row.Cells {
			if len(row.Cells) > 1 {
				rows[i][j] = roomItems(row.Cells[j].Blocks)
			} else {
				rows[i][j] = blockItems(row.Cells[j].Blocks)
			}
			if len(rows[i][j]) > 0 {
				first = min(first, j)
			}
		}
	}
	spillMerged(t, rows)
	skip := spacerCells(t, rows) // listing_spacer.go
	var out []item
	for i, cells := range rows {
		lines := 0
		for j := range cells {
			lines = max(lines, len(cells[j]))
		}
		for k := range lines {
			last := -1
			for j := range cells {
				if k < len(cells[j]) && cells[j][k].spans != nil {
					last = j
				}
			}
			if last < 0 {
				continue // room left in every cell
			}
			var it item
			it.kind = kind
			sep, n := false, -1 // n: the line's cell j is
			for j := first; j <= last; j++ {
				if j < len(skip[i]) && skip[i][j] {
					continue
				}
				if sep {
					it.text += cellSep
				}
				sep = true
				n++
				if k >= len(cells[j]) || cells[j][k].spans == nil {
					if k == 0 && t.Rows[i].Cells[j].Merge == "continue" {
						it.continued = append(it.continued, n) // listing_merge.go
					}
					continue
				}
				base := len(it.text)
				for _, s := range cells[j][k].spans {
					s.Start += base
					s.TextStart += base
					s.End += base
					s.Cell = j
					it.spans = append(it.spans, s)
				}
				it.text += cells[j][k].text
			}
			out = append(out, it)
		}
	}
	return out
}

// roomItems are the lines of a cell of a row of several cells, where
// two or more empty paragraphs in a row, the room a cell leaves (for the
// signature above the signer's name), stand as as many empty items (no
// spans): the name printed beside the fifth line of Nơi nhận is on its
// line, and the lines of Nơi nhận after it stay in their column. A
// single empty paragraph (holding the rule under the issuer, or a little
// space) takes no line; nor does room after the last paragraph.
func roomItems(bs []Block) []item {
	var out []item
	empty := 0
	for _, b := range bs {
		switch b := b.(type) {
		case *Paragraph:
			if its := lineItems(b); len(its) > 0 {
				out = appendRoom(out, empty)
				out, empty = append(out, its...), 0
			} else {
				empty++
			}
		case *Table:
			out = appendRoom(out, empty)
			out, empty = append(out, tableItems(b)...), 0
		}
	}
	return out
}

// appendRoom adds the empty items of n empty paragraphs in a row, none
// for one.
func appendRoom(out []item, n int) []item {
	if n < 2 || len(out) == 0 {
		return out
	}
	return append(out, make([]item, n)...)
}

// Text returns the listing: its lines joined by "\n", with a final
// newline.
func (l *Listing) Text() string { return l.text(func(ln Line) string { return ln.Text }) }

// TextIn is Text with the marks in lang.
func (l *Listing) TextIn(lang diag.Lang) string {
	return l.text(func(ln Line) string {
		if ln.Kind == LineMark {
			return ln.Mark.In(lang)
		}
		return ln.Text
	})
}

// CheckText is the listing as the checker reads it: Text with each mark
// an empty line, so that its line numbers are the listing's.
func (l *Listing) CheckText() string {
	return l.text(func(ln Line) string {
		if ln.Kind == LineMark {
			return ""
		}
		return ln.Text
	})
}

func (l *Listing) text(of func(Line) string) string {
	var b strings.Builder
	for _, ln := range l.Lines {
		b.WriteString(of(ln))
		b.WriteByte('\n')
	}
	return b.String()
}

// At returns the paragraph and run that print byte off of line (lines
// count from 1, as in findings; offsets from 0). On a numbering label
// (and the space after it) the run is the label's Run. Between cells, or
// outside the line, both are nil.
func (l *Listing) At(line, off int) (*Paragraph, *Run) {
	p, r, _, _ := l.AtRange(line, off)
	return p, r
}

// AtRange is At, with the bytes [lo, hi) of the line around off where At
// gives the same answer: a reader that walks a line character by
// character asks again only past hi.
func (l *Listing) AtRange(line, off int) (p *Paragraph, r *Run, lo, hi int) {
	if line < 1 || line > len(l.Lines) {
		return nil, nil, off, off + 1
	}
	lo, hi = 0, math.MaxInt
	// clip keeps [lo, hi) clear of [a, b), which does not hold off.
	clip := func(a, b int) {
		switch {
		case a >= b:
		case b <= off:
			lo = max(lo, b)
		default:
			hi = min(hi, a)
		}
	}
	for _, s := range l.Lines[line-1].Spans {
		if off < s.Start || off >= s.End {
			clip(s.Start, s.End)
			continue
		}
		if off < s.TextStart {
			return s.Para, &s.Para.Label.Run, max(lo, s.Start), min(hi, s.TextStart)
		}
		lo, hi = max(lo, s.TextStart), min(hi, s.End)
		base := s.TextStart - s.Off // where the paragraph's Text would start
		at := off - base
		for i := range s.Para.Runs {
			r := &s.Para.Runs[i]
			if r.Start <= at && at < r.End {
				return s.Para, r, max(lo, base+r.Start), min(hi, base+r.End)
			}
			clip(base+r.Start, base+r.End)
		}
		return s.Para, nil, off, off + 1
	}
	return nil, nil, off, off + 1
}

// Find returns the line (from 1) and the byte offset in it of byte off
// of p's Text; ok is false when p is not listed (an empty paragraph, a
// header other than PageHeader).
func (l *Listing) Find(p *Paragraph, off int) (line, byteOff int, ok bool) {
	ats := l.index[p]
	if len(ats) == 0 {
		return 0, 0, false
	}
	off = max(0, min(off, len(p.Text)))
	at := ats[0]
	for _, a := range ats[1:] {
		if l.Lines[a[0]].Spans[a[1]].Off <= off {
			at = a
		}
	}
	s := l.Lines[at[0]].Spans[at[1]]
	return at[0] + 1, s.TextStart + max(0, min(off-s.Off, s.End-s.TextStart)), true
}

// Col returns the column (from 1, counting characters as diag.Pos does)
// of byte off of line (from 1).
func (l *Listing) Col(line, off int) int {
	if line < 1 || line > len(l.Lines) {
		return 1
	}
	text := l.Lines[line-1].Text
	return utf8.RuneCountInString(text[:max(0, min(off, len(text)))]) + 1
}
