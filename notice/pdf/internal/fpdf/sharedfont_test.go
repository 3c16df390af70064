// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// sharedFontPDF draws a line of text with Liberation Serif added by add.
func sharedFontPDF(t *testing.T, add func(f *Fpdf)) []byte {
	t.Helper()
	f := New("P", "mm", "A4", "")
	f.SetCompression(true)
	f.SetCreationDate(time.Unix(0, 0))
	f.SetModificationDate(time.Unix(0, 0))
	add(f)
	f.AddPage()
	f.SetFont("serif", "", 14)
	f.Text(20, 30, "Thông báo kết luận cuộc họp (số 12/TB-UBND)")
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestSharedFontBytes: a font added from shared bytes gives the PDF the
// same font gives from copied bytes; the cache keeps the shared slice
// itself (no copy) and finds it again by the slice, and bytes equal to it
// passed the other way share its parse.
func TestSharedFontBytes(t *testing.T) {
	data := bytes.Clone(liberationserifregular.TTF) // an entry of this test's own
	copied := sharedFontPDF(t, func(f *Fpdf) { f.AddUTF8FontFromBytes("serif", "", bytes.Clone(data)) })
	shared := sharedFontPDF(t, func(f *Fpdf) { f.AddUTF8FontFromSharedBytes("serif", "", data) })
	if !bytes.Equal(copied, shared) {
		t.Fatal("a font from shared bytes gives another PDF")
	}
	e1 := utf8FontCacheEntry(data, true)
	e2 := utf8FontCacheEntry(data, true)
	if e1 != e2 {
		t.Fatal("the same shared bytes were given two entries")
	}
	if e1.shared {
		// The copied bytes came first: their entry (a copy) serves the
		// shared ones too, found by content.
		t.Fatal("bytes equal to an entry's made a shared entry of their own")
	}
	other := bytes.Clone(data)
	other[len(other)-1] ^= 1 // another font file, as far as the cache knows
	e3 := utf8FontCacheEntry(other, true)
	if !e3.shared || &e3.data[0] != &other[0] {
		t.Fatal("an entry for shared bytes copied them")
	}
	if e4 := utf8FontCacheEntry(bytes.Clone(other), false); e4 != e3 {
		t.Fatal("bytes equal to shared bytes were not found by content")
	}
	if e5 := utf8FontCacheEntry(other, true); e5 != e3 {
		t.Fatal("shared bytes were not found again")
	}
}
