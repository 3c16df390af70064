// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math/rand/v2"
	"testing"
)

// TestCharGlyphsAsMap: charGlyphs answers as upstream's map[int]int did
// for the characters of a format-4 cmap (0 to 0xFFFF), glyph 0 and
// characters set twice included, and names none past them.
func TestCharGlyphsAsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var c charGlyphs
	m := map[int]int{}
	for range 20000 {
		char, symbol := rng.IntN(0x10000), rng.IntN(0x10000)
		if rng.IntN(10) == 0 {
			symbol = 0
		}
		c.set(char, symbol)
		m[char] = symbol
	}
	c.set(0x10000, 5)
	c.set(-1, 5)
	for char := -2; char <= 0x10001; char++ {
		want, wantOK := m[char]
		got, ok := c.get(char)
		if got != want || ok != wantOK {
			t.Fatalf("%#x: %d %v, want %d %v", char, got, ok, want, wantOK)
		}
	}
	var none *charGlyphs
	if _, ok := none.get('a'); ok {
		t.Error("a nil table names a character")
	}
}
