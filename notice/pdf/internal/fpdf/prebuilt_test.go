// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// fixedPDF draws text in Liberation Serif with the fixed runes fr.
func fixedPDF(t *testing.T, text string, fr *FixedRunes) []byte {
	t.Helper()
	f := New("P", "mm", "A4", "")
	f.SetCompression(true)
	f.SetCreationDate(time.Unix(0, 0))
	f.SetModificationDate(time.Unix(0, 0))
	f.AddUTF8FontFromSharedBytes("serif", "", liberationserifregular.TTF)
	f.SetUTF8FontFixedRunes("serif", "", fr)
	f.AddPage()
	f.SetFont("serif", "", 14)
	f.Text(20, 30, text)
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func clearFixedSubsets() {
	fixedSubsets.mu.Lock()
	defer fixedSubsets.mu.Unlock()
	fixedSubsets.m = nil
}

// TestPrebuiltSubset (patch 32): a fixed subset made by MakeFixedSubset
// and recorded with SetUTF8FixedSubset gives the PDF a document that makes
// it gives, with its tag or without (patch 38); a recorded subset is what is written (a spoiled one shows);
// a text outside the fixed runes is subset to its own runes; a subset
// recorded for another font, or other runes, is not used.
func TestPrebuiltSubset(t *testing.T) {
	fr := NewFixedRunes([]rune("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzôáếậ :"))
	const in, out = "Thông báo kết luận:", "Thông báo Ω"
	clearFixedSubsets()
	want, wantOut := fixedPDF(t, in, fr), fixedPDF(t, out, fr)
	sub, err := MakeFixedSubset(liberationserifregular.TTF, fr)
	if err != nil {
		t.Fatal(err)
	}
	if tag := subsetTag(sub.File, sub.CIDMap); sub.Tag != tag {
		t.Fatalf("MakeFixedSubset's tag %q, the subset's is %q", sub.Tag, tag)
	}
	clearFixedSubsets()
	SetUTF8FixedSubset(liberationserifregular.TTF, fr, sub)
	if got := fixedPDF(t, in, fr); !bytes.Equal(got, want) {
		t.Fatal("the recorded subset gives another PDF than a subset made by the document")
	}
	untagged := sub
	untagged.Tag = ""
	clearFixedSubsets()
	SetUTF8FixedSubset(liberationserifregular.TTF, fr, untagged)
	if got := fixedPDF(t, in, fr); !bytes.Equal(got, want) {
		t.Fatal("a recorded subset without its tag gives another PDF than a subset made by the document")
	}
	if got := fixedPDF(t, out, fr); !bytes.Equal(got, wantOut) {
		t.Fatal("a text outside the fixed runes gives another PDF once a subset is recorded")
	}

	spoiled := sub
	spoiled.Widths = "/W [ 32 [ 999 ] ]"
	clearFixedSubsets()
	SetUTF8FixedSubset(liberationserifregular.TTF, fr, spoiled)
	if got := fixedPDF(t, in, fr); !bytes.Contains(got, []byte(spoiled.Widths)) {
		t.Fatal("the recorded subset was not written")
	}

	clearFixedSubsets()
	SetUTF8FixedSubset(liberationserifbold.TTF, fr, spoiled)
	SetUTF8FixedSubset(liberationserifregular.TTF, NewFixedRunes([]rune("ABC")), spoiled)
	if got := fixedPDF(t, in, fr); !bytes.Equal(got, want) {
		t.Fatal("a subset recorded for another font or other runes was used")
	}
	clearFixedSubsets()
}
