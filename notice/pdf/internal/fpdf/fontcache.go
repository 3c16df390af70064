// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"fmt"
	"sync"
)

// utf8FontCacheSize bounds how many distinct UTF-8 font files the process
// keeps parsed; past it, the oldest is dropped (and parsed again if it is
// added again).
const utf8FontCacheSize = 32

// utf8FontCache keeps, for the whole process, what parsing a UTF-8
// (TrueType) font file gives: each document that adds the same font bytes
// shares one parse, its character widths, its subsetting tables and its
// font IDs, instead of redoing them. It is safe for concurrent use.
var utf8FontCache struct {
	mu      sync.Mutex
	entries []*utf8FontEntry // oldest first
}

// utf8FontEntry is one parsed font file. Nothing in it changes once
// parsed, except the font IDs, which are under their own lock.
type utf8FontEntry struct {
	data   []byte // the cache's own copy of the font file, or the caller's shared bytes
	shared bool   // data is the caller's, which never change (AddUTF8FontFromSharedBytes)
	once   sync.Once
	parsed *utf8FontFile // after parseFile; a template for each document
	err    error

	tables utf8CutTables

	prebuilt prebuiltParse // SetUTF8FontParse's, for the parse (patch 40)

	idMu sync.Mutex
	ids  map[string]string // font key -> font ID
}

// utf8CutTables are the tables subsetting reads: they depend on the font
// file alone, so they are computed once, on the first subset.
type utf8CutTables struct {
	once                 sync.Once
	err                  error // why the font cannot be subset
	charSymbolDictionary *charGlyphs
	symbolPosition       []int
}

// loadUTF8Font returns the cached parse of a UTF-8 font file, parsing it
// on first use. The caller gets its own utf8FontFile (subsetting keeps
// per-document state in it) that shares the read-only parts.
func loadUTF8Font(data []byte) (*utf8FontEntry, *utf8FontFile, error) {
	return loadUTF8FontFrom(data, false)
}

// loadUTF8FontFrom is loadUTF8Font; shared says that data never changes,
// so that the cache may keep it instead of a copy and find it again by
// the slice itself.
func loadUTF8FontFrom(data []byte, shared bool) (*utf8FontEntry, *utf8FontFile, error) {
	e := utf8FontCacheEntry(data, shared)
	e.once.Do(e.parse)
	if e.err != nil {
		return nil, nil, e.err
	}
	return e, e.document(), nil
}

// document returns a parsed entry's font file for one document: its own
// reader and per-document state, the read-only parts shared.
func (e *utf8FontEntry) document() *utf8FontFile {
	file := *e.parsed
	file.fileReader = &fileReader{array: e.data}
	file.cut = &e.tables
	return &file
}

// utf8FontCacheEntry finds or makes the entry for data. Shared bytes are
// first looked for as the same slice, which costs nothing; an entry made
// for them keeps them instead of a copy. Other bytes are compared whole.
func utf8FontCacheEntry(data []byte, shared bool) *utf8FontEntry {
	c := &utf8FontCache
	c.mu.Lock()
	defer c.mu.Unlock()
	if shared && len(data) > 0 {
		for _, e := range c.entries {
			if e.shared && len(e.data) == len(data) && &e.data[0] == &data[0] {
				return e
			}
		}
	}
	for _, e := range c.entries {
		if bytes.Equal(e.data, data) {
			return e
		}
	}
	own := data
	if !shared {
		own = bytes.Clone(data)
	}
	e := &utf8FontEntry{data: own, shared: shared, ids: make(map[string]string)}
	if len(c.entries) == utf8FontCacheSize {
		c.entries = append(c.entries[:0], c.entries[1:]...)
	}
	c.entries = append(c.entries, e)
	return e
}

// parse parses the entry's font file. A font fpdf cannot read is an
// error, even when reading it panics.
func (e *utf8FontEntry) parse() {
	file := newUTF8Font(&fileReader{array: e.data})
	file.prebuilt = e.prebuilt.Load()
	defer func() {
		if r := recover(); r != nil {
			e.parsed, e.err = nil, file.err
			if e.err == nil {
				e.err = fmt.Errorf("read font: %v", r)
			}
		}
	}()
	if err := file.parseFile(); err != nil {
		e.err = err
		return
	}
	e.parsed = file
	// Subsetting reads the Unicode cmap as parsing just did: share it.
	e.tables.charSymbolDictionary = file.charSymbolDictionary
}

// fontID returns the ID of the font definition def, made from this entry
// under def.Name; it depends on nothing else, so it is computed once.
func (e *utf8FontEntry) fontID(def fontDefType) (string, error) {
	e.idMu.Lock()
	defer e.idMu.Unlock()
	if id, ok := e.ids[def.Name]; ok {
		return id, nil
	}
	id, err := fontIDOf(def, e.parsed.widthBlocks)
	if err == nil {
		e.ids[def.Name] = id
	}
	return id, err
}

// SetUTF8FontID records id as the font ID of the UTF-8 font file data
// added under familyStr and styleStr by AddUTF8FontFromSharedBytes with
// the same slice, so that no document of the process computes it: the ID
// is a SHA-1 of the font's JSON definition with its 65,536 widths, about
// 10M instructions for four faces, paid by every process that draws one
// document. The caller vouches for id, as UTF8FontID computes it (a test
// of the caller's should hold its constants to UTF8FontID).
func SetUTF8FontID(data []byte, familyStr, styleStr, id string) {
	e := utf8FontCacheEntry(data, true)
	key := getFontKey(fontFamilyEscape(familyStr), styleStr)
	e.idMu.Lock()
	defer e.idMu.Unlock()
	e.ids[key] = id
}

// UTF8FontID computes the font ID of the UTF-8 font file data added under
// familyStr and styleStr, whatever SetUTF8FontID recorded.
func UTF8FontID(data []byte, familyStr, styleStr string) (string, error) {
	pdf := New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(familyStr, styleStr, data)
	if err := pdf.Error(); err != nil {
		return "", err
	}
	def := pdf.fonts[getFontKey(fontFamilyEscape(familyStr), styleStr)]
	return fontIDOf(def, nil)
}
