// Package body reads the inline Markdown allowed in a notice's text fields
// and turns it into runs of plain text with a style, which the renderers
// draw. It is the only package that imports goldmark.
//
// The field language is deliberately small: **bold**, *italic* (also with
// underscores), footnote references [^label], and backslash escapes of ASCII
// punctuation. Nothing else is markup: a "#" or "-" at the start, "<b>",
// "[a](b)", "&amp;" and "`code`" are all plain text, so a field can never
// turn into Markdown structure, raw HTML or a character given by an entity.
package body
