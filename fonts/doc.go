// Package fonts provides the typefaces of the PDF: Liberation Serif 2.x,
// embedded (metric-compatible with Times New Roman, which Nghị định 30
// asks for but may not be redistributed), or a Times New Roman the user
// points at with a directory.
//
// It reads just enough of a TrueType file to lay text out and to refuse
// text it cannot draw: the character map, advance widths and vertical
// metrics. Fonts are parsed once per process and shared; a Face is safe for
// concurrent use.
package fonts
