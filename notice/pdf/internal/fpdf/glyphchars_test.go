// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestGlyphChars: glyphChars gives, for each glyph below its size, the
// characters upstream's map[int][]int gives, in the same order, and no
// glyph at or past its size.
func TestGlyphChars(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 50 {
		n := r.IntN(300)
		g := newGlyphChars(n)
		want := map[int][]int{}
		for range r.IntN(1000) {
			symbol, char := r.IntN(n+20)-5, r.IntN(0x10000)
			if round%5 == 0 {
				symbol = r.IntN(4) // many characters on few glyphs
			}
			g.add(symbol, char)
			want[symbol] = append(want[symbol], char)
		}
		for symbol := -10; symbol < n+30; symbol++ {
			var got []int
			g.each(symbol, func(c int) { got = append(got, c) })
			w := want[symbol]
			if symbol < 0 || symbol >= n {
				w = nil
			}
			if !slices.Equal(got, w) || g.has(symbol) != (len(w) > 0) {
				t.Fatalf("round %d, glyph %d of %d: %v (has %v), want %v", round, symbol, n, got, g.has(symbol), w)
			}
		}
	}
	var none *glyphChars
	none.add(1, 2)
	none.each(1, func(int) { t.Fatal("a nil glyphChars has characters") })
}
