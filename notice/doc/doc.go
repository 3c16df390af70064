// Package doc reads the text of a Word 97-2003 document (.doc): the
// compound file that holds it (cfb.go), the WordDocument stream's file
// information block (fib.go), the piece table in the table stream's CLX
// (pieces.go), the paragraphs' and characters' own properties (papx.go,
// chpx.go), the lists (lists.go), and the main document's text cut into
// paragraphs and table rows (text.go) with its footnotes (notes.go), its
// headers and footers (headers.go, sections.go) and its text boxes
// (boxes.go, drawing.go), as [MS-CFB], [MS-DOC] and [MS-ODRAW] lay them
// out.
//
// Only the words are read: a .doc's formatting (fonts, sizes, margins) is
// not, so what it gives is the body as blocks of package docx (paragraphs
// with their list labels, and tables; no formatting), which docx's
// listing lays out one paragraph per line as it lays out a .docx.
// Endnotes and comments, stored after the main text, are left out, and
// so are properties given by styles.
//
// A file that is not a .doc this package reads (encrypted, Word 6.0/95,
// damaged, or hostile: loops in its sector chains, sectors past its end,
// sizes beyond reason) gets one finding in Vietnamese and English, never
// a crash, a hang or memory out of proportion to the file (limits.go).
package doc
