// Package templates embeds the assets that shape thongbao's output: the
// Markdown template of a notice and the example notice that `thongbao new`
// writes and `thongbao render --example` renders.
package templates

import _ "embed"

// NoticeMarkdown is the text/template of a notice in Markdown. Its data is
// prepared, escaped, by package markdown.
//
//go:embed notice.md.tmpl
var NoticeMarkdown string

// Example is a complete, commented notice source.
//
//go:embed example.toml
var Example []byte
