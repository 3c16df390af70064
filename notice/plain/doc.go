// Package plain reads a THÔNG BÁO written as plain text or Markdown (an
// archive, a document converted from Word or from a PDF, the Markdown
// thongbao writes, the listing of a .docx) into paragraphs with roles, so
// that the checker can run its text rules on notices that have no TOML
// source.
//
// A text is read in one of three layouts (Layout), told from the text
// itself unless the caller says (Options): paragraphs parted by blank lines
// (Markdown, hand-wrapped text, text extracted from a PDF with paragraphs
// cut by page breaks, which are joined again, footnotes too); one paragraph
// per line (Word's "save as text", the .docx listing), where a table row is
// one line and its cells are parted by a tab or " | "; or a page laid out
// as pdftotext -layout writes it, wrapped lines joined into paragraphs and
// the header's and the signature's two columns read apart. Each cell is
// read where it belongs (header, Nơi nhận, signature, table) and says which
// column it stood in.
//
// Markup is removed (emphasis, headings, escapes, footnote marks) and the
// text put in NFC, while every character keeps a map back to its line and
// column in the file. A text garbled past reading (the text layer of a
// scan) is flagged rather than trusted.
package plain
