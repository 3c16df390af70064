package check

import (
	"slices"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
)

// The list rules' typed bullets are the reader's (plain.TypedBullets):
// a mark the reader reads as a bullet and the rules read as a point's
// kind from the text alone are the same marks, and a copy kept here
// apart from the reader's list fails this test when the two part.
func TestTypedBulletsAreTheReaders(t *testing.T) {
	want := plain.TypedBullets()
	if !slices.Equal(typedBullets, want) {
		t.Fatalf("typedBullets %q, the reader's %q", typedBullets, want)
	}
	for _, m := range want {
		if got := pointKind(&Seg{Text: m + " Năm học 2025-2026"}); got != m {
			t.Errorf("pointKind(%q ...) = %q, want %q", m, got, m)
		}
	}
}
