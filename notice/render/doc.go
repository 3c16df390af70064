// Package render turns a composed notice into the bytes of its outputs:
// Markdown or PDF. The command line and batch both render through it, in
// memory, so that a notice is written only when every format succeeded.
package render
