// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

// glyphChars maps the glyphs of a font below a size to the characters the
// cmap gives them, in cmap order. Almost every glyph has one character, so
// the first is kept in a slice and only the others in a map: for a font of
// a few thousand glyphs this is a few kilobytes, where upstream's
// map[int][]int (every glyph named by the cmap) was a hash table of slices.
type glyphChars struct {
	first []int32       // per glyph, its first character + 1; 0: none
	more  map[int][]int // per glyph, its further characters
}

// newGlyphChars keeps the characters of glyphs 0 to n-1; a nil
// *glyphChars keeps none.
func newGlyphChars(n int) *glyphChars {
	return &glyphChars{first: make([]int32, n)}
}

// add records that character char (at most 0xFFFF in a format-4 cmap, but
// any int32 fits) is drawn with glyph symbol.
func (g *glyphChars) add(symbol, char int) {
	if g == nil || symbol < 0 || symbol >= len(g.first) {
		return
	}
	if g.first[symbol] == 0 {
		g.first[symbol] = int32(char + 1)
		return
	}
	if g.more == nil {
		g.more = make(map[int][]int)
	}
	g.more[symbol] = append(g.more[symbol], char)
}

// has reports whether glyph symbol has a character.
func (g *glyphChars) has(symbol int) bool {
	return g != nil && symbol >= 0 && symbol < len(g.first) && g.first[symbol] != 0
}

// each calls f with each character of glyph symbol, in cmap order.
func (g *glyphChars) each(symbol int, f func(char int)) {
	if !g.has(symbol) {
		return
	}
	f(int(g.first[symbol]) - 1)
	for _, char := range g.more[symbol] {
		f(char)
	}
}
