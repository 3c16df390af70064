package plain

import (
	"slices"
	"testing"
)

// The checks' typed bullets are the reader's bullets: each is one the
// reader reads as a point's bullet, and the reader reads every bullet of
// the one list.
func TestBulletsOneList(t *testing.T) {
	typed := TypedBullets()
	if len(typed) == 0 {
		t.Fatal("no typed bullets")
	}
	for _, m := range typed {
		if !slices.Contains(bulletMarks, m) {
			t.Errorf("typed bullet %q is not among the reader's bullets %q", m, bulletMarks)
		}
	}
	for _, m := range bulletMarks {
		if got := bullet(line{text: m + " Năm học 2025-2026"}); got != m {
			t.Errorf("bullet(%q ...) = %q, want %q", m, got, m)
		}
	}
	// A new slice each call: a caller's change does not reach the list.
	typed[0] = "x"
	if TypedBullets()[0] == "x" {
		t.Error("TypedBullets shares its slice")
	}
}
