// Package doc reads the text of a Word 97-2003 document (.doc): the
// compound file that holds it (cfb.go), the WordDocument stream's file
// information block (fib.go), the piece table in the table stream's CLX
// (pieces.go), the paragraphs' and characters' own properties (papx.go,
// chpx.go), the lists (lists.go), and the main document's text cut into
// paragraphs and table rows (text.go) with its footnotes and endnotes
// (notes.go), its headers and footers (headers.go, sections.go) and its
// text boxes (boxes.go, drawing.go), as [MS-CFB], [MS-DOC] and [MS-ODRAW]
// lay them out.
//
// Its formatting is read too and filled into package docx's model the
// way docx's own reader fills it: each section's page (sections.go), the
// stylesheet with its based-on chains (styles.go), the font table
// (fonts.go), each paragraph's and run's properties through their
// styles, a list level's and their own sprms (layout.go, formats.go),
// tracked changes (changes.go) and the page count (summary.go). When any
// of it cannot be read, none of it is given (ReadLayout reports it), so
// that no rule of thể thức speaks on a guess. Comments are counted and
// placed, their text left out as a .docx's is; lists and hidden text
// given by a style are read through it (lists.go, hidden_style.go). The
// properties a fast save keeps in the piece table are not read, and a
// file that has them is given no formatting. Capitals given by a style are printed as the text's
// (a run's own are read with its characters).
//
// A file that is not a .doc this package reads (encrypted, Word 6.0/95,
// damaged, or hostile: loops in its sector chains, sectors past its end,
// sizes beyond reason) gets one finding in Vietnamese and English, never
// a crash, a hang or memory out of proportion to the file (limits.go).
package doc
