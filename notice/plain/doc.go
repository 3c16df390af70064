// Package plain reads a THÔNG BÁO written as plain text or Markdown (an
// archive, a document converted from Word, the Markdown thongbao writes)
// into paragraphs with roles, so that the checker can run its text rules on
// notices that have no TOML source.
//
// Markup is removed (emphasis, headings, escapes, footnote marks) while
// every character keeps a map back to its line and column in the file.
// The reader also undoes what page breaks do to text extracted from a
// document: a paragraph cut at the foot of a page is joined again, and so
// is a footnote split across pages.
package plain
