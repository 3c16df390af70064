// Package notice is the model of a THÔNG BÁO kết luận as a clerk writes it
// in TOML: its Go structs are the schema of the source (each field's toml
// tag is its key, its doc comment its help), and Load reads a source into
// them with every problem found, each at its line and column.
//
// Text fields keep a way back to the characters typed (Text.PosAt), so
// that a finding about a word of a paragraph points at that word. The
// decoding engine is package tomlpos; reading files and their encodings is
// package source.
package notice
