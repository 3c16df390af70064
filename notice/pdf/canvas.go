package pdf

import (
	"io"
	"time"
)

// canvas is what drawing needs of an fpdf document: the copy Draw uses
// (internal/fpdf) and upstream fpdf both have it, which lets a test hold
// the two to the same PDF.
type canvas interface {
	SetMargins(left, top, right float64)
	SetAutoPageBreak(auto bool, margin float64)
	SetCompression(compress bool)
	SetCatalogSort(flag bool)
	SetCreationDate(tm time.Time)
	SetModificationDate(tm time.Time)
	SetTitle(titleStr string, isUTF8 bool)
	SetAuthor(authorStr string, isUTF8 bool)
	SetSubject(subjectStr string, isUTF8 bool)
	SetKeywords(keywordsStr string, isUTF8 bool)
	SetCreator(creatorStr string, isUTF8 bool)
	SetProducer(producerStr string, isUTF8 bool)
	SetLang(lang string)
	AddUTF8FontFromBytes(familyStr, styleStr string, utf8Bytes []byte)
	SetLineWidth(width float64)
	SetDrawColor(r, g, b int)
	SetTextColor(r, g, b int)
	AddPage()
	Line(x1, y1, x2, y2 float64)
	SetFont(familyStr, styleStr string, size float64)
	Text(x, y float64, txtStr string)
	Error() error
	Output(w io.Writer) error
}

// sharedFonts is the canvas of the copy of fpdf, which can take font bytes
// that never change without copying or comparing them (PATCHES.md 18): a
// font set's bytes are embedded in the program or read once from a font
// directory and kept, and nothing writes to them.
type sharedFonts interface {
	AddUTF8FontFromSharedBytes(familyStr, styleStr string, utf8Bytes []byte)
}

// textRuns is the canvas of the copy of fpdf, which writes the words of a
// line in one text object (PATCHES.md 25); upstream draws them one by one
// with Text, to the same points.
type textRuns interface {
	TextRun(y float64, xs []float64, ss []string)
}
