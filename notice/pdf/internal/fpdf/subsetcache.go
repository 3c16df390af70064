// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
	"sync"
)

// subsetCacheSize bounds how many subsets subsetCache keeps (each some
// 10-30 KB: a face's compressed font file, its CIDToGIDMap and /W array).
const subsetCacheSize = 32

// fontSubset is what putfonts writes of a UTF-8 font that depends on the
// runes a document used: the /W array, the compressed CIDToGIDMap, and the
// compressed subset font file with its length before compression.
type fontSubset struct {
	widths  string
	cidMap  []byte
	file    []byte
	fileLen int
	tag     string // the subset tag of the font's name (patch 33)
}

// subsetTag returns the tag PDF 32000-1:2008, 9.6.4, asks of a subset
// font's name: six capitals, here drawn from SHA-256 of the subset's
// compressed font file and CIDToGIDMap, so that the same subset always
// has the same tag and two subsets of a font most likely differ in it.
func subsetTag(file, cidMap []byte) string {
	h := sha256.New()
	h.Write(file)
	h.Write(cidMap)
	sum := h.Sum(nil)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// subsetKey names a subset: the parsed font file (by its shared tables)
// and the runes used, sorted, four bytes each.
type subsetKey struct {
	tables *utf8CutTables
	runes  string
}

// subsetCache keeps, for the whole process, the last subsets made of the
// cached fonts (thongbao): a subset depends only on the font file and the
// set of runes, and documents of one kind repeat sets (a face used for a
// fixed label, such as the recipients' heading of a notice, always has the
// same). Oldest dropped first; safe for concurrent use.
var subsetCache struct {
	mu    sync.Mutex
	order []subsetKey
	m     map[subsetKey]*fontSubset
}

// subsetKeyOf returns the key of the subset of font's file for runes, or
// ok false when the font is not in the font cache. The key holds the
// values of runes, which are what subsetting reads: a rune used maps to
// itself, and the runes below 32 or 57 that a document starts with
// (makeSubsetRange) map to 0 until it uses them.
func subsetKeyOf(font *fontDefType, runes map[int]int) (subsetKey, bool) {
	if font.utf8File == nil || font.utf8File.cut == nil {
		return subsetKey{}, false
	}
	rs := make([]int, 0, len(runes))
	zero := false
	for _, r := range runes {
		if r == 0 {
			zero = true
			continue
		}
		rs = append(rs, r)
	}
	if zero {
		rs = append(rs, 0)
	}
	slices.Sort(rs)
	b := make([]byte, 4*len(rs))
	for i, r := range rs {
		binary.BigEndian.PutUint32(b[4*i:], uint32(r))
	}
	return subsetKey{font.utf8File.cut, string(b)}, true
}

func cachedSubset(k subsetKey) *fontSubset {
	subsetCache.mu.Lock()
	defer subsetCache.mu.Unlock()
	return subsetCache.m[k]
}

func cacheSubset(k subsetKey, s *fontSubset) {
	subsetCache.mu.Lock()
	defer subsetCache.mu.Unlock()
	if subsetCache.m == nil {
		subsetCache.m = make(map[subsetKey]*fontSubset)
	}
	if _, ok := subsetCache.m[k]; ok {
		return
	}
	if len(subsetCache.order) == subsetCacheSize {
		delete(subsetCache.m, subsetCache.order[0])
		subsetCache.order = append(subsetCache.order[:0], subsetCache.order[1:]...)
	}
	subsetCache.order = append(subsetCache.order, k)
	subsetCache.m[k] = s
}

// utf8Subset returns the subset of font for the runes it used, from the
// cache when a document made it before.
func (f *Fpdf) utf8Subset(font *fontDefType) (*fontSubset, error) {
	delete(font.usedRunes, 0)
	key, s, fixed := fixedSubsetFor(font)
	if s != nil {
		return s, nil
	}
	cacheable := fixed
	if fixed {
		// The fixed subset, made the first time (patch 27): the set's
		// runes used, on a copy of font (the caller's).
		font.usedRunes = font.fixed.usedRunes()
	} else {
		key, cacheable = subsetKeyOf(font, font.usedRunes)
		if cacheable {
			if s := cachedSubset(key); s != nil {
				return s, nil
			}
		}
	}
	s, err := makeSubset(font)
	if err != nil {
		return nil, err
	}
	switch {
	case fixed:
		keepFixedSubset(key, s)
	case cacheable:
		cacheSubset(key, s)
	}
	return s, nil
}

// makeSubset subsets font to the runes it used: the /W array, and the
// CIDToGIDMap and the subset font file, compressed.
func makeSubset(font *fontDefType) (*fontSubset, error) {
	usedRunes := font.usedRunes
	utf8FontStream := font.utf8File.GenerateCutFont(usedRunes)
	if err := font.utf8File.err; err != nil {
		return nil, err
	}
	s := &fontSubset{widths: cidWidths(font, font.utf8File.LastRune), fileLen: len(utf8FontStream)}
	CodeSignDictionary := font.utf8File.CodeSymbolDictionary
	delete(CodeSignDictionary, 0)

	// The CIDToGIDMap, up to the last character used (patch 9): the
	// zeros upstream writes after it, to 65,536 entries, map no character
	// of the document.
	top := 1
	for cc := range CodeSignDictionary {
		top = max(top, cc+1)
	}
	cidToGidBuf := cidToGidMaps.Get().(*[256 * 256 * 2]byte)
	cidToGidMap := cidToGidBuf[:2*top]
	clear(cidToGidMap)
	for cc, glyph := range CodeSignDictionary {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	mem := xmem.compress(cidToGidMap)
	cidToGidMaps.Put(cidToGidBuf)
	s.cidMap = mem.copy()
	mem.release()

	mem = xmem.compress(utf8FontStream)
	s.file = mem.copy()
	mem.release()
	s.tag = subsetTag(s.file, s.cidMap)
	return s, nil
}
