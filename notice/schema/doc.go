// Package schema holds the JSON Schema (draft 2020-12) of the notice
// source, for editors: with it, Even Better TOML (Taplo) in VS Code
// completes keys and shows each one's help, in Vietnamese and English,
// and marks a misspelt key or a value of the wrong type as the clerk
// types. `thongbao schema` prints it; `thongbao new` points sources at it
// with a "#:schema" line.
//
// The schema is generated from the structs of package notice and their
// doc comments (package gen, command schemagen) and committed:
//
//	go generate ./notice/schema
package schema
