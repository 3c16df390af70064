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

// drawOn draws the layout on pdf, a new document, and writes it to w.
func drawOn(pdf canvas, w io.Writer, l *Layout, set *fonts.Set, meta Meta) (err error) {
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
	pdf.SetProducer("thongbao", false)
	pdf.SetLang("vi")
	addFont := pdf.AddUTF8FontFromBytes
	if s, ok := pdf.(sharedFonts); ok {
		addFont = s.AddUTF8FontFromSharedBytes
		recordFontIDs()
	}
	for _, st := range []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.Bold | fonts.Italic} {
		addFont(family, st.String(), set.Face(st).Data)
	}
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
	page := 0
	font := struct {
		st   fonts.Style
		size float64
	}{255, 0}
	for _, b := range boxes {
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
			pdf.Text(b.X, b.Y, b.Text)
		}
	}
	for page < l.Pages {
		pdf.AddPage()
		page++
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("draw pdf: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
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
