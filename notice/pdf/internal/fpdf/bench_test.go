// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// BenchmarkFontID names a UTF-8 font (once per process and face now).
func BenchmarkFontID(b *testing.B) {
	_, file, err := loadUTF8Font(liberationserifregular.TTF)
	if err != nil {
		b.Fatal(err)
	}
	def := fontDefType{Tp: "UTF8", Name: "serif", Cw: file.CharWidths}
	for b.Loop() {
		if _, err := generateFontID(def); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseUTF8Font parses a TrueType face (once per process now).
func BenchmarkParseUTF8Font(b *testing.B) {
	for b.Loop() {
		file := newUTF8Font(&fileReader{array: liberationserifregular.TTF})
		if err := file.parseFile(); err != nil {
			b.Fatal(err)
		}
	}
}
