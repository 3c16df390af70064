// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

// charGlyphs maps the characters of a format-4 cmap (0 to 0xFFFF) to
// their glyphs, in blocks of 256 characters made as the cmap names them:
// upstream's map[int]int took a hash insert for each of a font's few
// thousand characters. A character may map to glyph 0 and still be in it.
type charGlyphs struct {
	blocks [256]*[256]int32 // per block, each character's glyph + 1; 0: not in the cmap
}

// set records that char is drawn with glyph symbol; a char past 0xFFFF
// (none in a format-4 cmap) is not kept.
func (c *charGlyphs) set(char, symbol int) { c.setNew(char, symbol) }

// get returns the glyph of char, and whether the cmap names char.
func (c *charGlyphs) get(char int) (int, bool) {
	if c == nil || char < 0 || char > 0xFFFF {
		return 0, false
	}
	b := c.blocks[char>>8]
	if b == nil || b[char&0xFF] == 0 {
		return 0, false
	}
	return int(b[char&0xFF]) - 1, true
}

// setNew is set, and reports whether char had no glyph before (patch 39);
// a char past 0xFFFF counts as new.
func (c *charGlyphs) setNew(char, symbol int) bool {
	if char < 0 || char > 0xFFFF {
		return true
	}
	b := c.blocks[char>>8]
	if b == nil {
		b = new([256]int32)
		c.blocks[char>>8] = b
	}
	was := b[char&0xFF]
	b[char&0xFF] = int32(symbol) + 1
	return was == 0
}

// hasGlyph reports whether a character has the glyph symbol.
func (c *charGlyphs) hasGlyph(symbol int) bool {
	for _, b := range &c.blocks {
		if b == nil {
			continue
		}
		for _, e := range b {
			if int(e)-1 == symbol {
				return true
			}
		}
	}
	return false
}
