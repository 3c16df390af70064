// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// TestCIDWidthsAsUpstream: the typed /W array is the untyped one's, on
// random width tables made of few widths (so runs of equal widths, mixed
// runs and their joins all occur) and on a real font with random text.
func TestCIDWidthsAsUpstream(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		last := 1 + rng.IntN(700)
		font := &fontDefType{Cw: make([]uint16, last+1), usedRunes: map[int]int{}}
		widths := []uint16{0, 65535, 500, 500, 500, 250, 333, 722}[:2+rng.IntN(6)]
		for cid := range font.Cw {
			font.Cw[cid] = widths[rng.IntN(len(widths))]
			if rng.IntN(4) > 0 {
				font.usedRunes[cid] = cid * rng.IntN(2)
			}
		}
		if i%3 == 0 {
			font.usedRunes[last+1+rng.IntN(50)] = 1 // used, past lastRune: not looked at
		}
		if got, want := cidWidths(font, last), cidWidthsUntyped(font, last); got != want {
			t.Fatalf("case %d: got\n%s\nwant\n%s", i, got, want)
		}
	}
	// Past the width table, both fail at its end, whatever was used.
	font := &fontDefType{Cw: make([]uint16, 300), usedRunes: map[int]int{280: 280, 1000: 1000}}
	font.Cw[280] = 500
	if got, want := panicOf(func() { cidWidths(font, 1000) }), panicOf(func() { cidWidthsUntyped(font, 1000) }); got != want || got == "" {
		t.Errorf("past the table: %q, upstream %q", got, want)
	}
	_, file, err := loadUTF8Font(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		font := &fontDefType{Cw: file.CharWidths, usedRunes: makeSubsetRange(57)}
		last := 0
		for range rng.IntN(400) {
			r := []rune("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ“”–…₫ ")
			c := int(r[rng.IntN(len(r))])
			if i%2 == 0 {
				c = rng.IntN(0x2200)
			}
			font.usedRunes[c] = c
			last = max(last, c)
		}
		if got, want := cidWidths(font, last), cidWidthsUntyped(font, last); got != want {
			t.Fatalf("text %d: got\n%s\nwant\n%s", i, got, want)
		}
	}
}

func panicOf(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}
