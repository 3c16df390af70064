// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"encoding/binary"
	"slices"
	"sync"
)

// FixedRunes is a set of runes a UTF-8 font is subset to in every document
// whose text in that font it covers (thongbao, patch 27): the subset,
// its CIDToGIDMap and /W array are then made and compressed once per
// process and font file, and written as they are in every such document.
// A document that uses a rune outside the set is subset to its own runes,
// as before. Make one with NewFixedRunes, once, and share it.
type FixedRunes struct {
	bits  [65536 / 64]uint64
	runes []int  // sorted
	key   string // runes, four bytes each, as subsetKeyOf writes them
}

// NewFixedRunes returns the set of rs that lie in the Basic Multilingual
// Plane, past the control characters (which no font draws).
func NewFixedRunes(rs []rune) *FixedRunes {
	fr := new(FixedRunes)
	for _, r := range rs {
		if r < 32 || r > 0xFFFF || fr.has(int(r)) {
			continue
		}
		fr.bits[r/64] |= 1 << (r % 64)
		fr.runes = append(fr.runes, int(r))
	}
	slices.Sort(fr.runes)
	b := make([]byte, 4*len(fr.runes))
	for i, r := range fr.runes {
		binary.BigEndian.PutUint32(b[4*i:], uint32(r))
	}
	fr.key = string(b)
	return fr
}

// String returns the runes of the set in order.
func (fr *FixedRunes) String() string {
	rs := make([]rune, len(fr.runes))
	for i, r := range fr.runes {
		rs[i] = rune(r)
	}
	return string(rs)
}

func (fr *FixedRunes) has(r int) bool {
	return r >= 0 && r <= 0xFFFF && fr.bits[r/64]&(1<<(r%64)) != 0
}

// covers reports whether every rune used (a map's nonzero values: the
// runes below 32 or 57 a document starts with map to 0 until used) is in
// the set.
func (fr *FixedRunes) covers(used map[int]int) bool {
	for _, r := range used {
		if r != 0 && !fr.has(r) {
			return false
		}
	}
	return true
}

// usedRunes returns the set as a font's usedRunes: each rune mapped to
// itself.
func (fr *FixedRunes) usedRunes() map[int]int {
	m := make(map[int]int, len(fr.runes))
	for _, r := range fr.runes {
		m[r] = r
	}
	return m
}

// SetUTF8FontFixedRunes makes the UTF-8 font of family and style, added
// before from the font cache (AddUTF8FontFromBytes or
// AddUTF8FontFromSharedBytes), subset to fr in this document if its text
// in that font uses no rune outside fr (patch 27). A nil fr, or a font
// outside the cache, subsets to the runes used, as upstream does.
func (f *Fpdf) SetUTF8FontFixedRunes(familyStr, styleStr string, fr *FixedRunes) {
	key := getFontKey(fontFamilyEscape(familyStr), styleStr)
	font, ok := f.fonts[key]
	if !ok || font.Tp != "UTF8" {
		f.SetErrorf("set fixed runes: font %s %s not added", familyStr, styleStr)
		return
	}
	font.fixed = fr
	f.fonts[key] = font
}

// fixedSubsets keeps, for the whole process, the subsets made to a
// FixedRunes: one per font file and set, never dropped (a process uses a
// few, one a face).
var fixedSubsets struct {
	mu sync.Mutex
	m  map[subsetKey]*fontSubset
}

// fixedSubsetFor returns the key of font's fixed subset and the subset if
// made before, or ok false when the font has no fixed set, is outside the
// font cache, or used a rune outside its set.
func fixedSubsetFor(font *fontDefType) (key subsetKey, s *fontSubset, ok bool) {
	fr := font.fixed
	if fr == nil || font.utf8File == nil || font.utf8File.cut == nil || !fr.covers(font.usedRunes) {
		return subsetKey{}, nil, false
	}
	key = subsetKey{font.utf8File.cut, fr.key}
	fixedSubsets.mu.Lock()
	defer fixedSubsets.mu.Unlock()
	return key, fixedSubsets.m[key], true
}

func keepFixedSubset(k subsetKey, s *fontSubset) {
	fixedSubsets.mu.Lock()
	defer fixedSubsets.mu.Unlock()
	if fixedSubsets.m == nil {
		fixedSubsets.m = make(map[subsetKey]*fontSubset)
	}
	if _, ok := fixedSubsets.m[k]; !ok {
		fixedSubsets.m[k] = s
	}
}

// PrebuiltSubset is a font's fixed subset made before the process started
// (patch 32), for a caller whose fonts and fixed runes never change (fonts
// embedded in the program): the /W array, the compressed CIDToGIDMap, and
// the compressed subset font file with its length before compression, as
// MakeFixedSubset gives them, and the subset's tag (patch 38: made with
// them, so that no process hashes the file again; "" to have
// SetUTF8FixedSubset work it out).
type PrebuiltSubset struct {
	Widths  string
	CIDMap  []byte
	File    []byte
	FileLen int
	Tag     string
}

// SetUTF8FixedSubset records sub as the subset to fr of the UTF-8 font
// file data (the font cache's entry for those bytes: best the slice a
// document adds by AddUTF8FontFromSharedBytes), so that no document of
// the process makes it: a document whose text in that font fr covers
// writes sub's bytes. The caller vouches for sub, as
// MakeFixedSubset makes it (a test of the caller's should hold its data
// to MakeFixedSubset). A subset already made or recorded is kept.
func SetUTF8FixedSubset(data []byte, fr *FixedRunes, sub PrebuiltSubset) {
	e := utf8FontCacheEntry(data, true)
	tag := sub.Tag
	if tag == "" {
		tag = subsetTag(sub.File, sub.CIDMap)
	}
	keepFixedSubset(subsetKey{&e.tables, fr.key}, &fontSubset{
		widths: sub.Widths, cidMap: sub.CIDMap, file: sub.File, fileLen: sub.FileLen, tag: tag,
	})
}

// MakeFixedSubset makes the subset to fr of the UTF-8 font file data as a
// document whose text fr covers makes it, from a parse of its own: what
// the process recorded or kept for data is not looked at.
func MakeFixedSubset(data []byte, fr *FixedRunes) (PrebuiltSubset, error) {
	e := &utf8FontEntry{data: data, shared: true, ids: make(map[string]string)}
	e.once.Do(e.parse)
	if e.err != nil {
		return PrebuiltSubset{}, e.err
	}
	file := e.document()
	font := fontDefType{Tp: "UTF8", Cw: file.CharWidths, utf8File: file, usedRunes: fr.usedRunes(), fixed: fr}
	s, err := makeSubset(&font)
	if err != nil {
		return PrebuiltSubset{}, err
	}
	return PrebuiltSubset{Widths: s.widths, CIDMap: s.cidMap, File: s.file, FileLen: s.fileLen, Tag: s.tag}, nil
}
