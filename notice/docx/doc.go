// Package docx reads a notice kept as a Word file (.docx) the way Word
// shows it, so that the checker can judge its text and its thể thức.
//
// Read gives a Document: the body in reading order (paragraphs and
// tables, tables nesting; the paragraphs of text boxes after their
// anchor), each paragraph with its runs, its numbering label as Word
// computes it from numbering.xml, and the effective formatting of every
// paragraph and run resolved as Word resolves it: document defaults, the
// table style, the paragraph style and the character style with their
// basedOn chains (toggle properties such as bold flip from level to
// level), then direct formatting; theme fonts through the theme and the
// document's theme language (a Vietnamese setting maps the Office
// theme's heading font to Times New Roman). Around the body it gives the
// sections (page size, orientation, margins, different first page, page
// numbering), their headers and footers, the footnotes and endnotes with
// their numbers in reference order, the document properties, and how
// many tracked changes and comments the file still holds. The text is
// read as it would print with every change accepted: insertions kept,
// deletions and moved-from text dropped, hidden text left out, fields
// shown by their result.
//
// Document.Listing is the notice as the checker reads it, one paragraph
// per line, table rows with their cells joined by " | " (see Listing for
// the rules; the header of the first page comes first when it holds the
// notice's header block, Document.PageHeader); `thongbao text` prints it
// and the line numbers of findings on a .docx are its line numbers. Every
// byte of a line maps back to its paragraph and run (Listing.At), and
// every paragraph to its line (Listing.Find). Document.View is the same as plain data for JSON.
//
// The package is the only reader of OOXML in thongbao. It uses
// archive/zip for the archive's directory, an inflater of its own
// (inflate.go) that unpacks each part straight into its buffer (archive/zip
// and klauspost's inflater read what it leaves: a stored or damaged part),
// and a small XML scanner of its own (xml.go) instead of encoding/xml,
// for speed. A hostile or broken file (a zip bomb, XML
// nested or repeated past the limits of limits.go, a renamed .doc, an
// encrypted file, random bytes) gets one finding that says what the file
// is and what to do, within a second; nothing panics.
//
// The package docxtest builds small .docx files for tests.
package docx
