// Package importer writes the TOML source of an existing notice: a Word
// file, a Markdown file or a text, read by the same readers as check
// (package reading), becomes a source that loads, renders back to the
// notice's words and numbers as written, and that check reads as it
// reads the original.
//
// What the reading says is mapped to the keys of the source: the header
// (number, place and date, issuer), the trích yếu, the opening (the
// meeting's date, chair and attendees when the paragraph is written as
// thongbao writes it, else the paragraphs as written, with the date and
// the chair kept for the checks), the numbered parts with their labels
// as written, their items and deadlines, the footnotes, Nơi nhận, the
// signer and the appendices. What has no key is kept as text where it
// stands (a table of the body as paragraphs, a "Kính gửi" line in the
// opening) or, for the header, as a comment, and each such place is
// listed (Result.Unmapped) so that the clerk can look at it.
//
// The source is written by hand, in the key order of thongbao new, with
// comments, long texts as multi-line strings, text in NFC and inline
// Markdown escaped, and then loaded again: an import that does not load
// is an error, never a file.
package importer
