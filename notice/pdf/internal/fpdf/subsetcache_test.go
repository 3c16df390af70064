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

// subsetPDF draws text in Liberation Serif.
func subsetPDF(t *testing.T, text string) []byte {
	t.Helper()
	f := New("P", "mm", "A4", "")
	f.SetCompression(true)
	f.SetCreationDate(time.Unix(0, 0))
	f.SetModificationDate(time.Unix(0, 0))
	f.AddUTF8FontFromSharedBytes("serif", "", liberationserifregular.TTF)
	f.AddPage()
	f.SetFont("serif", "", 14)
	f.Text(20, 30, text)
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func clearSubsetCache() {
	subsetCache.mu.Lock()
	defer subsetCache.mu.Unlock()
	subsetCache.order, subsetCache.m = nil, nil
}

func subsetCacheLen() int {
	subsetCache.mu.Lock()
	defer subsetCache.mu.Unlock()
	return len(subsetCache.m)
}

// TestSubsetCache: a document whose font and runes were met before gets
// the subset made then, the very bytes a fresh one has; other runes make
// another; the cache keeps at most subsetCacheSize, and a dropped subset
// is made again the same.
func TestSubsetCache(t *testing.T) {
	clearSubsetCache()
	const a, b = "Thông báo kết luận", "Nơi nhận:"
	fresh := subsetPDF(t, a)
	if subsetCacheLen() != 1 {
		t.Fatalf("%d subsets cached after one document, want 1", subsetCacheLen())
	}
	if subsetPDF(t, "kết luận Thông báo"); subsetCacheLen() != 1 {
		t.Fatal("the same runes in another order made another subset")
	}
	if got := subsetPDF(t, a); !bytes.Equal(got, fresh) {
		t.Fatal("a cached subset gives another PDF")
	}
	// A document starts with the runes below 57 in its set, unused (see
	// subsetKeyOf): using one of them makes another subset.
	clearSubsetCache()
	digitFresh := subsetPDF(t, "A")
	clearSubsetCache()
	subsetPDF(t, "A1")
	if got := subsetPDF(t, "A"); !bytes.Equal(got, digitFresh) {
		t.Fatal("a document without a digit got the subset of one with it")
	}
	clearSubsetCache()
	subsetPDF(t, a)
	subsetPDF(t, b)
	if subsetCacheLen() != 2 {
		t.Fatalf("%d subsets cached after two sets of runes, want 2", subsetCacheLen())
	}
	for i := range subsetCacheSize + 3 {
		subsetPDF(t, string(rune('A'+i)))
	}
	if n := subsetCacheLen(); n != subsetCacheSize {
		t.Fatalf("%d subsets cached, want at most %d", n, subsetCacheSize)
	}
	if got := subsetPDF(t, a); !bytes.Equal(got, fresh) {
		t.Fatal("a subset made again after it was dropped gives another PDF")
	}
}
