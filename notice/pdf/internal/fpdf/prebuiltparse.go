// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"encoding/binary"
	"sync/atomic"
)

// PrebuiltParse is what parsing a UTF-8 font file reads from its Unicode
// character map and its horizontal metrics (patch 40), made before the
// process started for a caller whose fonts never change (fonts embedded
// in the program): filling the character -> glyph table and the 65,536
// widths from the file is most of a parse, paid once per face by every
// process that draws a document.
type PrebuiltParse struct {
	// Checksum is the checkSumAdjustment of the head table of the file
	// it was made from: a parse uses it only for a file that says the
	// same.
	Checksum uint32
	// Cmap is every character of the Unicode cmap and its glyph,
	// char<<16 | glyph, by character.
	Cmap []uint32
	// Widths is every nonzero entry of the width table (thousandths of
	// the em; entry 0 is the count of characters), char<<16 | width, by
	// character.
	Widths []uint32
	// Blocks are the blocks of 64 entries the parse wrote (patch 11).
	Blocks       [65536 / 64 / 64]uint64
	DefaultWidth float64
}

// MakeUTF8FontParse parses the UTF-8 font file data as a document does,
// from a parse of its own, and returns what SetUTF8FontParse takes.
func MakeUTF8FontParse(data []byte) (PrebuiltParse, error) {
	e := &utf8FontEntry{data: data, shared: true, ids: make(map[string]string)}
	e.once.Do(e.parse)
	if e.err != nil {
		return PrebuiltParse{}, e.err
	}
	f := e.parsed
	p := PrebuiltParse{Checksum: f.checksum, DefaultWidth: f.DefaultWidth, Blocks: *f.widthBlocks}
	for hi, b := range &f.charSymbolDictionary.blocks {
		if b == nil {
			continue
		}
		for lo, g := range b {
			if g != 0 {
				p.Cmap = append(p.Cmap, uint32(hi<<8|lo)<<16|uint32(g-1))
			}
		}
	}
	for c, w := range f.CharWidths {
		if w != 0 {
			p.Widths = append(p.Widths, uint32(c)<<16|uint32(w))
		}
	}
	return p, nil
}

// SetUTF8FontParse records p for the UTF-8 font file data (the font
// cache's entry for those bytes: best the slice a document adds by
// AddUTF8FontFromSharedBytes), so that its parse, if not made yet, takes
// the character map and widths from p instead of the file, provided the
// file's checksum is p's. The caller vouches for p, as MakeUTF8FontParse
// makes it (a test of the caller's should hold its data to it).
func SetUTF8FontParse(data []byte, p PrebuiltParse) {
	utf8FontCacheEntry(data, true).prebuilt.Store(&p)
}

// prebuiltParse is the entry's recorded PrebuiltParse, or nil.
type prebuiltParse = atomic.Pointer[PrebuiltParse]

// headChecksum reads the head table's checkSumAdjustment.
func (utf *utf8FontFile) headChecksum() uint32 {
	t, ok := utf.tableDescriptions["head"]
	if !ok || t.position < 0 || t.position+12 > len(utf.fileReader.array) {
		return 0
	}
	return binary.BigEndian.Uint32(utf.fileReader.array[t.position+8:])
}

// usePrebuilt fills the character map and the widths from p, as
// generateSCCSDictionaries and parseHMTXTable would from the file.
func (utf *utf8FontFile) usePrebuilt(p *PrebuiltParse) {
	dict := new(charGlyphs)
	for _, cg := range p.Cmap {
		dict.set(int(cg>>16), int(cg&0xFFFF))
	}
	utf.charSymbolDictionary = dict
	utf.CharWidths = make([]uint16, 256*256)
	for _, cw := range p.Widths {
		utf.CharWidths[cw>>16] = uint16(cw)
	}
	blocks := widthBlocks(p.Blocks)
	utf.widthBlocks = &blocks
	utf.DefaultWidth = p.DefaultWidth
}
