// Package render is the pipeline of one notice, from its loaded source to
// the bytes of its outputs: the settings (flags over the configuration),
// the check, the glyphs, the composition and each format. The command line
// and batch both call it, so one notice under one configuration gives the
// same bytes whichever renders it.
//
// Format turns a composed notice into the bytes of one output:
// Markdown or PDF. The command line and batch both render through it, in
// memory, so that a notice is written only when every format succeeded.
package render
