// Package compose turns a notice into a document: the exact words of the
// THÔNG BÁO as a sequence of blocks (header, title, paragraphs, numbered
// headings, list items, recipients, signature, footnotes, appendices). It
// decides what is said (the opening sentence built from the meeting, the
// numbering, footnote numbers, added deadlines) and nothing of how it looks,
// so that the Markdown and PDF renderers carry the same words.
package compose
