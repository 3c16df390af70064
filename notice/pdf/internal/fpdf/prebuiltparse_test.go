// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// parsedWith parses data in an entry of its own, with p recorded when
// it is not nil.
func parsedWith(t *testing.T, data []byte, p *PrebuiltParse) *utf8FontFile {
	t.Helper()
	e := &utf8FontEntry{data: data, shared: true, ids: make(map[string]string)}
	if p != nil {
		e.prebuilt.Store(p)
	}
	e.once.Do(e.parse)
	if e.err != nil {
		t.Fatal(e.err)
	}
	f := *e.parsed
	f.fileReader, f.prebuilt = nil, nil // where the reader stopped, and what was recorded
	return &f
}

// TestPrebuiltParse (patch 40): a parse given MakeUTF8FontParse's result
// for the file is the parse of the file, field for field (the character
// map, the widths and their blocks, the default width, and the rest);
// one made for another file (another checksum) is not used; and a
// document drawn from the font cache's entry given it writes the same PDF.
func TestPrebuiltParse(t *testing.T) {
	faces := [][]byte{liberationserifregular.TTF, liberationserifbold.TTF, liberationserifitalic.TTF, liberationserifbolditalic.TTF}
	for i, data := range faces {
		p, err := MakeUTF8FontParse(data)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Cmap) < 2000 || len(p.Widths) < 2000 || p.Checksum == 0 {
			t.Fatalf("face %d: %d characters, %d widths, checksum %#x", i, len(p.Cmap), len(p.Widths), p.Checksum)
		}
		want := parsedWith(t, data, nil)
		if got := parsedWith(t, data, &p); !reflect.DeepEqual(got, want) {
			t.Fatalf("face %d: the parse with its PrebuiltParse differs from the file's", i)
		}
		other, err := MakeUTF8FontParse(faces[(i+1)%len(faces)])
		if err != nil {
			t.Fatal(err)
		}
		if got := parsedWith(t, data, &other); !reflect.DeepEqual(got, want) {
			t.Fatalf("face %d: another face's PrebuiltParse was used", i)
		}
		spoiled := p
		spoiled.Widths = append([]uint32(nil), p.Widths...)
		spoiled.Widths[len(spoiled.Widths)/2]++
		if got := parsedWith(t, data, &spoiled); reflect.DeepEqual(got.CharWidths, want.CharWidths) {
			t.Fatalf("face %d: a recorded PrebuiltParse is not what the parse took", i)
		}
	}

	// A document from the cache's entry given the parse: the same PDF.
	draw := func(data []byte) []byte {
		f := New("P", "mm", "A4", "")
		f.SetCompression(true)
		f.SetCreationDate(time.Unix(0, 0))
		f.SetModificationDate(time.Unix(0, 0))
		f.AddUTF8FontFromSharedBytes("serif", "", data)
		f.AddPage()
		f.SetFont("serif", "", 14)
		f.Text(20, 30, "Thông báo kết luận – “số 12/TB” № ½ → 中")
		var out bytes.Buffer
		if err := f.Output(&out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	clearCache := func() {
		utf8FontCache.mu.Lock()
		defer utf8FontCache.mu.Unlock()
		utf8FontCache.entries = nil
	}
	clearCache()
	want := draw(bytes.Clone(liberationserifregular.TTF))
	clearCache()
	data := bytes.Clone(liberationserifregular.TTF)
	p, err := MakeUTF8FontParse(data)
	if err != nil {
		t.Fatal(err)
	}
	SetUTF8FontParse(data, p)
	if got := draw(data); !bytes.Equal(got, want) {
		t.Fatal("a document of a font given its PrebuiltParse differs")
	}
	// The same with the width of "T" spoiled: the document shows it.
	clearCache()
	data = bytes.Clone(liberationserifregular.TTF)
	spoiled := p
	spoiled.Widths = append([]uint32(nil), p.Widths...)
	for i, cw := range spoiled.Widths {
		if cw>>16 == 'T' {
			spoiled.Widths[i]++
		}
	}
	SetUTF8FontParse(data, spoiled)
	if got := draw(data); bytes.Equal(got, want) {
		t.Fatal("a document of a font given a PrebuiltParse did not take it")
	}
	clearCache()
}
