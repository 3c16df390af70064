// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// parseHMTXTableUpstream is parseHMTXTable before patch 30: the widths
// set character by character through a closure.
func (utf *utf8FontFile) parseHMTXTableUpstream(numberOfHMetrics, numSymbols int, symbolToChar *glyphChars, scale float64) {
	start := utf.SeekTable("hmtx")
	arrayWidths := 0
	utf.CharWidths = make([]uint16, 256*256)
	utf.widthBlocks = new(widthBlocks)
	charCount := 0
	setWidth := func(char int) {
		if char != 0 && char != 65535 {
			widths := int(math.Round(scale * float64(arrayWidths)))
			if widths == 0 {
				widths = 65535
			}
			if char < 196608 {
				utf.CharWidths[char] = uint16(widths)
				utf.widthBlocks.set(char)
				charCount++
			}
		}
	}
	arr := unpackUint16Array(utf.getRange(start, numberOfHMetrics*4))
	for symbol := range numberOfHMetrics {
		arrayWidths = arr[(symbol*2)+1]
		if symbolToChar.has(symbol) || symbol == 0 {
			if arrayWidths >= (1 << 15) {
				arrayWidths = 0
			}
			if symbol == 0 {
				utf.DefaultWidth = scale * float64(arrayWidths)
				continue
			}
			symbolToChar.each(symbol, setWidth)
		}
	}
	for pos := range numSymbols - numberOfHMetrics {
		symbolToChar.each(pos+numberOfHMetrics, setWidth)
	}
	utf.CharWidths[0] = uint16(charCount)
	utf.widthBlocks.set(0)
}

// liberationSerif are the four faces the widths are held to upstream's on.
var liberationSerif = [][]byte{liberationserifregular.TTF, liberationserifbold.TTF, liberationserifitalic.TTF, liberationserifbolditalic.TTF}

// faceCounts loads a face and reads its number of horizontal metrics
// (hhea) and its glyph count (maxp), as parseTables reads them.
func faceCounts(t *testing.T, data []byte) (file *utf8FontFile, numberOfHMetrics, numSymbols int) {
	t.Helper()
	_, file, err := loadUTF8Font(data)
	if err != nil {
		t.Fatal(err)
	}
	file.SeekTable("hhea")
	file.skip(34)
	numberOfHMetrics = file.readUint16()
	file.SeekTable("maxp")
	file.skip(4)
	return file, numberOfHMetrics, file.readUint16()
}

// TestParseHMTXTableAsUpstream holds the widths of patch 30 to
// upstream's on the four faces of Liberation Serif, and on made-up glyph
// tables where glyphs share characters, have none, or lie past the
// horizontal metrics.
func TestParseHMTXTableAsUpstream(t *testing.T) {
	for _, data := range liberationSerif {
		file, n, numSymbols := faceCounts(t, data)
		chars := newGlyphChars(max(numSymbols, n))
		file.generateSCCSDictionaries(cmapPosition(t, file), chars, new(charGlyphs))
		scale := 1000.0 / float64(file.fontElementSize)
		for _, k := range []int{n, n / 2, 1} {
			// k horizontal metrics: the glyphs past them take the last.
			var got, want utf8FontFile
			got.fileReader, want.fileReader = file.fileReader, file.fileReader
			got.tableDescriptions, want.tableDescriptions = file.tableDescriptions, file.tableDescriptions
			got.parseHMTXTable(k, numSymbols, chars, scale)
			want.parseHMTXTableUpstream(k, numSymbols, chars, scale)
			if !slices.Equal(got.CharWidths, want.CharWidths) || *got.widthBlocks != *want.widthBlocks || got.DefaultWidth != want.DefaultWidth {
				t.Fatalf("%d metrics: the widths differ from upstream's", k)
			}
			if got.CharWidths[0] < 2000 {
				t.Fatalf("%d characters with a width, want the 2,000 and more of Liberation Serif", got.CharWidths[0])
			}
		}
		// Characters on shared glyphs, and the characters upstream leaves out.
		shared := newGlyphChars(40)
		for c, g := range []int{1, 1, 2, 3, 3, 3, 5, 0} {
			shared.add(g, []int{0, 65, 66, 67, 68, 69, 65535, 70}[c])
		}
		var got, want utf8FontFile
		got.fileReader, want.fileReader = file.fileReader, file.fileReader
		got.tableDescriptions, want.tableDescriptions = file.tableDescriptions, file.tableDescriptions
		got.parseHMTXTable(4, 40, shared, scale)
		want.parseHMTXTableUpstream(4, 40, shared, scale)
		if !slices.Equal(got.CharWidths, want.CharWidths) || *got.widthBlocks != *want.widthBlocks {
			t.Fatal("shared glyphs: the widths differ from upstream's")
		}
	}
}

// cmapPosition finds the format-4 Unicode cmap, as parseCMAPTable does.
func cmapPosition(t *testing.T, utf *utf8FontFile) int {
	cmap := utf.SeekTable("cmap")
	count := utf.getUint16(cmap + 2)
	for i := range count {
		rec := cmap + 4 + 8*i
		system, coder, pos := utf.getUint16(rec), utf.getUint16(rec+2), utf.getUint16(rec+4)<<16|utf.getUint16(rec+6)
		if (system == 3 && coder == 1 || system == 0) && utf.getUint16(cmap+pos) == 4 {
			return cmap + pos
		}
	}
	t.Fatal("no format-4 cmap")
	return 0
}

// TestParseHMTXTableByChars holds parseHMTXTableByChars (patch 39) to
// upstream's widths: on the four faces of Liberation Serif with all, half
// and one of their horizontal metrics, and on random fonts whose advances
// reach 1<<15 and more, whose glyphs lie past the metrics or past the
// glyph count, and whose characters include 0 and 0xFFFF and characters
// of glyph 0.
func TestParseHMTXTableByChars(t *testing.T) {
	compare := func(t *testing.T, file *utf8FontFile, n, numSymbols int, dict *charGlyphs, chars *glyphChars, scale float64) {
		t.Helper()
		var got, want utf8FontFile
		got.fileReader, want.fileReader = file.fileReader, file.fileReader
		got.tableDescriptions, want.tableDescriptions = file.tableDescriptions, file.tableDescriptions
		got.parseHMTXTableByChars(n, numSymbols, dict, scale)
		want.parseHMTXTableUpstream(n, numSymbols, chars, scale)
		if !slices.Equal(got.CharWidths, want.CharWidths) || *got.widthBlocks != *want.widthBlocks || got.DefaultWidth != want.DefaultWidth {
			for i := range got.CharWidths {
				if got.CharWidths[i] != want.CharWidths[i] {
					t.Fatalf("%d metrics, %d glyphs: character %d has width %d, want %d", n, numSymbols, i, got.CharWidths[i], want.CharWidths[i])
				}
			}
			t.Fatalf("%d metrics, %d glyphs: the widths differ from upstream's", n, numSymbols)
		}
	}
	for _, data := range liberationSerif {
		file, n, numSymbols := faceCounts(t, data)
		dict := new(charGlyphs)
		if !file.generateSCCSDictionaries(cmapPosition(t, file), nil, dict) {
			t.Fatal("Liberation Serif's cmap names a character twice")
		}
		chars := newGlyphChars(max(numSymbols, n))
		file.generateSCCSDictionaries(cmapPosition(t, file), chars, new(charGlyphs))
		scale := 1000.0 / float64(file.fontElementSize)
		for _, k := range []int{n, n / 2, 1} {
			for _, glyphs := range []int{numSymbols, k / 2} {
				compare(t, file, k, glyphs, dict, newGlyphCharsOf(dict, max(glyphs, k)), scale)
			}
		}
	}
	rnd := rand.New(rand.NewPCG(39, 1))
	for round := range 2000 {
		n := 1 + rnd.IntN(40)
		numSymbols := rnd.IntN(60)
		hmtx := make([]byte, 4*n)
		for i := range n {
			adv := rnd.IntN(3000)
			if rnd.IntN(4) == 0 {
				adv = 1<<15 + rnd.IntN(1<<15)
			}
			if round%3 == 0 && i == n-1 {
				adv = 1<<15 + rnd.IntN(100)
			}
			binary.BigEndian.PutUint16(hmtx[4*i:], uint16(adv))
		}
		file := &utf8FontFile{
			fileReader:        &fileReader{array: hmtx},
			tableDescriptions: map[string]*tableDescription{"hmtx": {name: "hmtx", position: 0, size: len(hmtx)}},
		}
		dict := new(charGlyphs)
		for range rnd.IntN(80) {
			var char int
			switch rnd.IntN(6) {
			case 0:
				char = []int{0, 65535, 0x1EA0, 0x1EFF, 0x20AC}[rnd.IntN(5)]
			default:
				char = rnd.IntN(65536)
			}
			glyph := rnd.IntN(max(n, numSymbols) + 10)
			if rnd.IntN(10) == 0 {
				glyph = n - 1
			}
			dict.set(char, glyph)
		}
		scale := 1000.0 / float64(1+rnd.IntN(4096))
		compare(t, file, n, numSymbols, dict, newGlyphCharsOf(dict, max(n, numSymbols)), scale)
	}
}

// newGlyphCharsOf lists the characters of each glyph below size, from a
// dictionary of characters.
func newGlyphCharsOf(dict *charGlyphs, size int) *glyphChars {
	g := newGlyphChars(size)
	for char := range 65536 {
		if symbol, ok := dict.get(char); ok {
			g.add(symbol, char)
		}
	}
	return g
}
