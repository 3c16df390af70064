package pdf

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/pdf/internal/fpdf"
)

// family is the name the fonts are registered under in fpdf.
const family = "serif"

// Producer is the PDF's Producer: the program and its version, which the
// command sets at start ("thongbao 1.2.0"); the same for every PDF of a
// process, so the bytes stay reproducible.
var Producer = "thongbao"

// Meta is the PDF's document information (spec: title = trích yếu,
// author = issuing body, language vi).
type Meta struct {
	Title, Author, Subject, Keywords string
	// Date is the creation and modification date written into the file:
	// SOURCE_DATE_EPOCH or the notice's own date, never the clock.
	Date time.Time
}

// Draw writes the laid-out pages as PDF to w. The same layout and meta
// always give the same bytes.
func Draw(w io.Writer, l *Layout, set *fonts.Set, meta Meta) error {
	return drawOn(fpdf.New("P", "mm", "A4", ""), w, l, set, meta)
}

// drawToBytes draws the layout as a new PDF document and returns it: the
// buffer the document was written into, not a copy of it
// (internal/fpdf/PATCHES.md 34).
func drawToBytes(l *Layout, set *fonts.Set, meta Meta) ([]byte, error) {
	doc := fpdf.New("P", "mm", "A4", "")
	var data []byte
	err := drawWith(doc, l, set, meta, func() (err error) {
		data, err = doc.Bytes()
		return err
	})
	return data, err
}

// drawOn draws the layout on pdf, a new document, and writes it to w.
func drawOn(pdf canvas, w io.Writer, l *Layout, set *fonts.Set, meta Meta) error {
	return drawWith(pdf, l, set, meta, func() error { return pdf.Output(w) })
}

// drawWith draws the layout on pdf, a new document, then ends it with
// out, which writes it.
func drawWith(pdf canvas, l *Layout, set *fonts.Set, meta Meta, out func() error) (err error) {
	// fpdf panics on some fonts it cannot read (a user's --font-dir may
	// hold anything): that is an error, never a crash.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("draw pdf: %v", r)
		}
	}()
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(meta.Date)
	pdf.SetModificationDate(meta.Date)
	pdf.SetTitle(meta.Title, true)
	pdf.SetAuthor(meta.Author, true)
	pdf.SetSubject(meta.Subject, true)
	pdf.SetKeywords(meta.Keywords, true)
	pdf.SetCreator("thongbao", false)
	pdf.SetProducer(Producer, false)
	pdf.SetLang("vi")
	addFont := pdf.AddUTF8FontFromBytes
	if s, ok := pdf.(sharedFonts); ok {
		addFont = s.AddUTF8FontFromSharedBytes
		recordFontIDs()
		recordFixedSubset()
	}
	for _, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.Bold | fonts.Italic} {
		addFont(family, st.String(), set.Face(st).Data)
	}
	setFixedSubsets(pdf, set)
	pdf.SetLineWidth(RuleWidth)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetTextColor(0, 0, 0)

	boxes := l.Boxes
	byPage := func(i, j int) bool { return boxes[i].Page < boxes[j].Page }
	if !sort.SliceIsSorted(boxes, byPage) {
		// Layout places boxes page by page; a copy is sorted only when
		// it did not, and the layout is never changed.
		boxes = append([]Box(nil), boxes...)
		sort.SliceStable(boxes, byPage)
	}
	run := newRunner(pdf)
	page := 0
	font := struct {
		st   fonts.Style
		size float64
	}{255, 0}
	for i := range boxes {
		b := &boxes[i] // in place: a box is some 100 bytes to copy
		if b.Kind != TextBox || b.Page != page || b.Style != font.st || b.Size != font.size || b.Y != run.y {
			run.flush()
		}
		for page < b.Page {
			pdf.AddPage()
			page++
			font.size = 0
		}
		switch b.Kind {
		case RuleBox:
			pdf.Line(b.X, b.Y, b.X2, b.Y2)
		case TextBox:
			if font.st != b.Style || font.size != b.Size {
				pdf.SetFont(family, b.Style.String(), b.Size)
				font.st, font.size = b.Style, b.Size
			}
			run.add(b.X, b.Y, b.Text)
		}
	}
	run.flush()
	for page < l.Pages {
		pdf.AddPage()
		page++
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("draw pdf: %w", err)
	}
	if err := out(); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// runner gathers the words of a line, boxes of one font on one baseline
// one after the other, and draws them with one TextRun where the canvas
// has it, else one Text each.
type runner struct {
	pdf  canvas
	runs textRuns
	y    float64
	xs   []float64
	ss   []string
}

func newRunner(pdf canvas) *runner {
	r := &runner{pdf: pdf, xs: make([]float64, 0, 32), ss: make([]string, 0, 32)}
	r.runs, _ = pdf.(textRuns)
	return r
}

// add adds a word at (x, y); y is the run's, or the run is empty.
func (r *runner) add(x, y float64, s string) {
	r.y = y
	r.xs = append(r.xs, x)
	r.ss = append(r.ss, s)
}

// flush draws the words gathered and starts an empty run.
func (r *runner) flush() {
	switch {
	case len(r.ss) == 0:
	case r.runs != nil:
		r.runs.TextRun(r.y, r.xs, r.ss)
	default:
		for i, s := range r.ss {
			r.pdf.Text(r.xs[i], r.y, s)
		}
	}
	r.xs, r.ss = r.xs[:0], r.ss[:0]
}

// MetaOf returns the metadata of a composed notice, dated date.
func MetaOf(d *compose.Document, date time.Time) Meta {
	return Meta{Title: d.Meta.Title, Author: d.Meta.Author, Subject: d.Meta.Subject, Keywords: d.Meta.Keywords, Date: date}
}

// DocumentDate is the date a PDF of d carries when SOURCE_DATE_EPOCH does
// not say otherwise: the notice's own issuing date (its first day while the
// day is blank), at midnight UTC. It is never read from the clock.
func DocumentDate(d *compose.Document) time.Time {
	day := d.Header.Date.First()
	return time.Date(day.Year, time.Month(day.Month), day.Day, 0, 0, 0, 0, time.UTC)
}

// Render lays out d and draws it to w.
func Render(w io.Writer, d *compose.Document, set *fonts.Set, opts Options, date time.Time) error {
	l, err := Lay(d, set, opts)
	if err != nil {
		return err
	}
	return Draw(w, l, set, MetaOf(d, date))
}

// RenderBytes is Render into a new slice: the document's own buffer,
// where Render copies it into w.
func RenderBytes(d *compose.Document, set *fonts.Set, opts Options, date time.Time) ([]byte, error) {
	arena := getArena()
	l, err := layInto(d, set, opts, getBoxes(), arena)
	// Laid out, the notice's words are no one's: the layout holds boxes.
	putArena(arena)
	if err != nil {
		return nil, err
	}
	data, err := drawToBytes(l, set, MetaOf(d, date))
	// Drawn, the layout is no one's: its boxes serve the next notice.
	putBoxes(l.Boxes)
	return data, err
}
