// Package templates embeds the assets that shape thongbao's output: the
// Markdown template of a notice and the example notices that `thongbao
// new` writes (prepared for a level of office) and `thongbao render
// --example` renders.
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

// Full is a notice source with every key, the optional ones commented out,
// each with its help (`thongbao new --full`).
//
//go:embed full.toml
var Full []byte

// SchemaLine is the first line of both: it points editors (Even Better
// TOML, Taplo) at the schema beside the source.
const SchemaLine = "#:schema ./thongbao.schema.json"
