// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// fontIDByJSON is upstream's generateFontID: SHA-1 of json.Marshal.
func fontIDByJSON(fdt fontDefType) string {
	fdt.File = ""
	b, _ := json.Marshal(&fdt)
	return fmt.Sprintf("%x", sha1.Sum(b))
}

// TestFontIDAsUpstream: the font ID hashes exactly the bytes of the
// definition's JSON, whatever the names hold and however long the width
// table is.
func TestFontIDAsUpstream(t *testing.T) {
	_, file, err := loadUTF8Font(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"", "serif", `a"Cw":null,"b`, "<&>\u2028\xff", "Times New Roman BI", `\`}
	widths := [][]uint16{nil, {}, {0}, {1, 65535, 1 << 15}, file.CharWidths, make([]uint16, 256)}
	for i := range 200 {
		def := fontDefType{
			Tp: names[rng.IntN(len(names))], Name: names[rng.IntN(len(names))],
			Desc: FontDescType{Ascent: rng.IntN(2000) - 1000, Flags: rng.IntN(1 << 20), FontBBox: fontBoxType{1, -2, 3, 4}},
			Up:   rng.IntN(100) - 50, Ut: rng.IntN(100), Cw: widths[rng.IntN(len(widths))],
			Enc: names[rng.IntN(len(names))], Diff: names[rng.IntN(len(names))], File: "x.z",
			Size1: rng.IntN(9), OriginalSize: rng.IntN(1 << 20), N: i, DiffN: rng.IntN(3),
			i: "unexported", usedRunes: map[int]int{1: 1},
		}
		got, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		if want := fontIDByJSON(def); got != want {
			t.Fatalf("case %d (%q, %d widths): ID %s, want %s", i, def.Name, len(def.Cw), got, want)
		}
	}
}

// TestFontIDOfBlocks: with the blocks of a width table known to be zero,
// the font ID is the one of the whole table, and those blocks are not
// read: for the real font with the blocks parsing records, and for random
// sparse tables with random runs of blocks (their zero blocks poisoned),
// tables cut in the middle of a block included.
func TestFontIDOfBlocks(t *testing.T) {
	_, file, err := loadUTF8Font(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	def := fontDefType{Tp: "UTF8", Name: "serif", Cw: file.CharWidths}
	if got, want := mustFontIDOf(t, def, file.widthBlocks), fontIDByJSON(def); got != want {
		t.Fatalf("Liberation Serif: ID %s, want %s", got, want)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 300 {
		cw := make([]uint16, []int{65536, 65536 - 17, 1000, 64, 63, 0}[rng.IntN(6)])
		var blocks widthBlocks
		for j := 0; j < len(cw); j += 64 {
			if rng.IntN(4) > 0 {
				continue // a zero block, not marked
			}
			blocks.set(j)
			for k := j; k < min(j+64, len(cw)); k++ {
				if rng.IntN(3) == 0 {
					cw[k] = uint16(rng.IntN(3000))
				}
			}
		}
		def := fontDefType{Name: fmt.Sprint(i), Cw: cw}
		want := fontIDByJSON(def)
		// Blocks said to be zeros are not read: poisoned, they change
		// nothing.
		poisoned := make([]uint16, len(cw))
		copy(poisoned, cw)
		for j := 0; j+64 <= len(poisoned); j += 64 {
			if blocks.zero(j) {
				poisoned[j+rng.IntN(64)] = uint16(1 + rng.IntN(3000))
			}
		}
		def.Cw = poisoned
		if got := mustFontIDOf(t, def, &blocks); got != want {
			t.Fatalf("case %d (%d widths): ID %s, want %s", i, len(cw), got, want)
		}
	}
}

func mustFontIDOf(t *testing.T, def fontDefType, blocks *widthBlocks) string {
	t.Helper()
	id, err := fontIDOf(def, blocks)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestSetUTF8FontID: UTF8FontID is the ID a document gives a font it
// computes itself, and an ID recorded by SetUTF8FontID is the one a
// document then gives the font added from the same slice, under that
// family and style only.
func TestSetUTF8FontID(t *testing.T) {
	data := bytes.Clone(liberationserifregular.TTF) // a slice of its own: the cache finds shared bytes by the slice
	pdf := New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("Serif", "B", data)
	computed := pdf.fonts[getFontKey("serif", "B")].i
	got, err := UTF8FontID(data, "Serif", "b")
	if err != nil {
		t.Fatal(err)
	}
	if got != computed || len(got) != 40 {
		t.Fatalf("UTF8FontID = %q, a document computes %q", got, computed)
	}
	SetUTF8FontID(data, "serif", "I", "recorded")
	pdf = New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromSharedBytes("Serif", "I", data)
	pdf.AddUTF8FontFromSharedBytes("Serif", "B", data)
	if id := pdf.fonts["serifI"].i; id != "recorded" {
		t.Errorf("the font added under the recorded style has ID %q", id)
	}
	if id := pdf.fonts["serifB"].i; id != computed {
		t.Errorf("the font added under another style has ID %q, want %q", id, computed)
	}
	if id, _ := UTF8FontID(data, "Serif", "I"); id == "recorded" || len(id) != 40 {
		t.Errorf("UTF8FontID reads the recorded ID: %q", id)
	}
}
