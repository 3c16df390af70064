package docx

import (
	"strings"
	"unicode"
)

// Document is a Word file as Word shows it: its body in reading order,
// with the effective formatting of every paragraph and run, and what
// surrounds the body (sections, headers and footers, notes, tracked
// changes, properties).
type Document struct {
	Path string
	// Body holds the blocks of the main text in reading order: a
	// paragraph or a table; the paragraphs of a text box follow the
	// paragraph that anchors it.
	Body []Block
	// Sections are the sections of the body in order; the last is the
	// body's own sectPr. There is always at least one.
	Sections []*Section
	// Footnotes and Endnotes are the notes referenced from the body, in
	// the order of their first reference (their number order).
	Footnotes []*Note
	Endnotes  []*Note
	// Changes counts tracked changes not yet accepted, and comments.
	Changes Changes
	// Embedded counts the chunks of another format the body takes in
	// (w:altChunk: a web page, an RTF or a Word file the writing program
	// embedded), which Word turns into text only when it opens the file;
	// their text is not read. First is the first paragraph with text after
	// the first chunk.
	Embedded Embedded
	// Props are the document properties (docProps/core.xml).
	Props Properties
	// ThemeLang is the language the theme fonts are chosen for
	// (settings w:themeFontLang w:val, e.g. "vi-VN"); "" when not set.
	ThemeLang string
	// EvenAndOddHeaders is on when even pages have headers of their own.
	EvenAndOddHeaders bool
	// GutterAtTop is on when the gutter (Margins.Gutter) is at the top of
	// the page, not beside the left margin (settings w:gutterAtTop).
	GutterAtTop bool

	paras []*Paragraph
}

// Paragraphs returns every paragraph of the body in reading order,
// those in tables and text boxes included.
func (d *Document) Paragraphs() []*Paragraph { return d.paras }

// Block is a *Paragraph or a *Table.
type Block interface{ block() }

func (*Paragraph) block() {}
func (*Table) block()     {}

// Story names the part of the document a paragraph belongs to.
type Story int

const (
	InBody     Story = iota // the main text
	InFootnote              // a footnote
	InEndnote               // an endnote
	InHeader                // a header
	InFooter                // a footer
)

func (s Story) String() string {
	return [...]string{"body", "footnote", "endnote", "header", "footer"}[s]
}

// Paragraph is one paragraph as Word shows it.
type Paragraph struct {
	// Text is what the paragraph prints, without its numbering label:
	// accepted changes, field results instead of field codes, no hidden
	// text. A tab is "\t", a manual line break is " " (see Breaks), a
	// note reference is its number in superscript digits ("¹²"), text in
	// all caps (w:caps) is in upper case.
	Text string
	// Runs cover Text in order: run i is Text[Runs[i].Start:Runs[i].End].
	Runs []Run
	// Label is the numbering label Word computes, nil if none.
	Label *Label
	// Style is the paragraph style's id and StyleName its name.
	Style, StyleName string
	// Props are the effective paragraph properties.
	Props ParaProps
	// Mark is the effective run formatting of the paragraph mark: what an
	// empty paragraph is sized by.
	Mark RunProps
	// Table is the innermost table holding the paragraph (nil outside
	// tables); Row and Col are its row and cell index there, from 0.
	Table    *Table
	Row, Col int
	// TextBox is set for a paragraph of a text box.
	TextBox bool
	// Breaks are the offsets in Text of manual line breaks (w:br, w:cr),
	// each printed as one space.
	Breaks []int
	// PageBreak is set when the paragraph holds a page break (w:br
	// w:type="page"); ColumnBreak for a column break.
	PageBreak, ColumnBreak bool
	// RenderedPageBreak is set when Word, when it last saved, laid out a
	// new page starting in this paragraph: a hint, not always current.
	RenderedPageBreak bool
	// SectionEnd is set when the paragraph ends a section: Section is
	// then the section it ends. Section is the index in
	// Document.Sections of the section the paragraph belongs to.
	SectionEnd bool
	Section    int
	// Notes are the footnote and endnote references in the paragraph.
	Notes []NoteRef
	// Fields are the fields whose result is in the paragraph.
	Fields []Field
	// Story is where the paragraph is; Index its position among the
	// paragraphs of its story (from 0).
	Story Story
	Index int
}

// Empty reports whether the paragraph prints nothing: no label and no
// text but white space (spaces, tabs, no-break spaces).
func (p *Paragraph) Empty() bool {
	if p.Label != nil && p.Label.Text != "" {
		return false
	}
	return strings.TrimFunc(p.Text, unicode.IsSpace) == ""
}

// RunAt returns the run that prints byte off of Text, or nil.
func (p *Paragraph) RunAt(off int) *Run {
	for i := range p.Runs {
		r := &p.Runs[i]
		if r.Start <= off && off < r.End {
			return r
		}
	}
	return nil
}

// Run is a stretch of text with one formatting.
type Run struct {
	// Text is the run's text. Start and End place it in the paragraph's
	// Text; a hidden run (Props.Vanish) is not printed, so it has
	// Start == End and its text is only here.
	Text       string
	Start, End int
	// Style is the character style's id.
	Style string
	// Props are the effective run properties.
	Props RunProps
	// Field is the code of the innermost field whose result this run is
	// ("PAGE", "HYPERLINK"), "" outside fields.
	Field string
	// Note is set on the run that prints a note reference.
	Note *Note
	// Symbol is set when the text comes from w:sym or a symbol font:
	// SymbolFont and SymbolChar are the font and code as stored.
	Symbol     bool
	SymbolFont string
	SymbolChar rune
	// Inserted is set for text inside a tracked insertion.
	Inserted bool
}

// Label is a numbering label: "1.", "a)", "II.", "-" or a bullet.
type Label struct {
	// Text is the label as printed, with symbol-font bullets mapped to a
	// character ("•", "-", "▪"); Raw is the level text as computed,
	// before that mapping.
	Text, Raw string
	// Format is the numFmt of the level: "decimal", "lowerLetter",
	// "upperRoman", "bullet"...
	Format string
	// NumID and Level are the numbering instance and level (from 0).
	NumID, Level int
	// Suffix is what follows the label: "tab", "space" or "nothing".
	Suffix string
	// Props are the label's effective run properties: the paragraph
	// mark's, then the level's own.
	Props RunProps
	// Run is the label as a run, for Listing.At.
	Run Run
}

// NoteRef places a note reference in a paragraph.
type NoteRef struct {
	Note   *Note
	Offset int // byte offset in the paragraph's Text
}

// Field is a field whose result shows in a paragraph.
type Field struct {
	// Code is the field's first word in upper case ("PAGE", "NUMPAGES",
	// "HYPERLINK", "DATE"); Instr the whole instruction.
	Code, Instr string
	// Start and End place its result in the paragraph's Text.
	Start, End int
}

// Table is a table; its cells hold blocks, so tables nest.
type Table struct {
	Rows []Row
	// Style is the table style's id.
	Style string
	// Grid holds the widths of the grid columns, in twips.
	Grid []int
	// Borders are the table's borders, from its style and its own
	// properties; nil sides have none.
	Borders Borders
	// Depth is 0 for a table in the body, 1 for a table in a cell of one.
	Depth int
}

// Row is a table row.
type Row struct {
	Cells []Cell
	// Header is set on a row repeated at the top of each page.
	Header bool
}

// Cell is a table cell.
type Cell struct {
	Blocks []Block
	// Width is the cell's preferred width in twips (0 when not in twips).
	Width int
	// Span is how many grid columns the cell covers (at least 1); GridCol
	// is the first of them.
	Span, GridCol int
	// Merge is "restart" on the first cell of a vertical merge and
	// "continue" on the cells merged into it; "" otherwise.
	Merge string
}

// Paragraphs returns the paragraphs of the cell in order, those of
// nested tables included.
func (c *Cell) Paragraphs() []*Paragraph { return blockParagraphs(c.Blocks, nil) }

func blockParagraphs(bs []Block, out []*Paragraph) []*Paragraph {
	for _, b := range bs {
		switch b := b.(type) {
		case *Paragraph:
			out = append(out, b)
		case *Table:
			for i := range b.Rows {
				for j := range b.Rows[i].Cells {
					out = blockParagraphs(b.Rows[i].Cells[j].Blocks, out)
				}
			}
		}
	}
	return out
}

// Note is a footnote or an endnote.
type Note struct {
	// ID is the note's w:id.
	ID      int
	Endnote bool
	// Number is the number as printed ("1", "iv"), or the custom mark
	// when Custom is set.
	Number string
	Custom bool
	Blocks []Block
	// Ref is the paragraph of the first reference to the note, and
	// RefOffset its byte offset there.
	Ref       *Paragraph
	RefOffset int
}

// Paragraphs returns the note's paragraphs.
func (n *Note) Paragraphs() []*Paragraph { return blockParagraphs(n.Blocks, nil) }

// Section holds the page setup of a section.
type Section struct {
	// PageWidth and PageHeight are in twips (1/1440 inch; A4 is 11906 x
	// 16838, Word also writes 11907 x 16840).
	PageWidth, PageHeight int
	// Orientation is "portrait" or "landscape".
	Orientation string
	Margins     Margins
	// TitlePage is on when the first page has its own header and footer
	// ("different first page").
	TitlePage bool
	// PageNumStart is the page number the section starts at, 0 when it
	// continues the previous section; PageNumFormat the number format
	// ("decimal" when not set).
	PageNumStart  int
	PageNumFormat string
	// Columns is the number of text columns; ColumnSpace the space
	// between them in twips.
	Columns, ColumnSpace int
	// Break is how the section starts: "nextPage", "continuous",
	// "evenPage", "oddPage" or "nextColumn".
	Break string
	// Headers and Footers of the section, each inherited from the
	// previous section when the section does not name its own.
	Headers, Footers HeaderSet
}

// Margins of a page, in twips.
type Margins struct {
	Top    int `json:"top"`
	Bottom int `json:"bottom"`
	Left   int `json:"left"`
	Right  int `json:"right"`
	Header int `json:"header"`
	Footer int `json:"footer"`
	Gutter int `json:"gutter"`
}

// HeaderSet holds the three headers (or footers) of a section.
type HeaderSet struct {
	Default, First, Even *HeaderFooter
}

// HeaderFooter is a header or a footer.
type HeaderFooter struct {
	// Part is the part it was read from, e.g. "word/header1.xml".
	Part   string
	Blocks []Block
}

// Paragraphs returns its paragraphs.
func (h *HeaderFooter) Paragraphs() []*Paragraph { return blockParagraphs(h.Blocks, nil) }

// PageField returns the paragraph that holds a PAGE field, or nil.
func (h *HeaderFooter) PageField() *Paragraph {
	if h == nil {
		return nil
	}
	for _, p := range h.Paragraphs() {
		for _, f := range p.Fields {
			if f.Code == "PAGE" {
				return p
			}
		}
	}
	return nil
}

// Changes counts what a final document no longer holds: tracked changes
// not yet accepted and comments. The text of the Document is read with
// every change accepted.
type Changes struct {
	Insertions int // w:ins, paragraph marks and table rows included
	Deletions  int // w:del
	Moves      int // w:moveFrom and w:moveTo
	Formatting int // w:rPrChange, w:pPrChange and the like
	Comments   int
	// First is where the first tracked change is, FirstComment the first
	// comment (Para nil when there is none).
	First, FirstComment Place
	// Tracking is on when the file records new changes (w:trackRevisions).
	Tracking bool
}

// Embedded counts the embedded chunks of a document (Document.Embedded).
type Embedded struct {
	Chunks int
	First  Place
}

// Tracked returns the number of tracked changes of every kind.
func (c Changes) Tracked() int { return c.Insertions + c.Deletions + c.Moves + c.Formatting }

// Place is a position in a paragraph.
type Place struct {
	Para   *Paragraph
	Offset int
}

// Properties are the document properties, as written.
type Properties struct {
	Title          string `json:"title,omitempty"`
	Subject        string `json:"subject,omitempty"`
	Creator        string `json:"creator,omitempty"`
	LastModifiedBy string `json:"last_modified_by,omitempty"`
	Revision       string `json:"revision,omitempty"`
	// Created and Modified are W3C dates ("2026-06-19T02:10:00Z").
	Created  string `json:"created,omitempty"`
	Modified string `json:"modified,omitempty"`
	// Pages is the number of pages Word counted when it last saved the
	// file (docProps/app.xml); 0 when not said.
	Pages int `json:"pages,omitempty"`
}
