package check

import (
	"strings"
	"testing"
	"unicode"
)

var moreFieldsCases = []string{"", " ", "a", " a ", "a b", "a\u00a0b\u0085c", "a\tb\nc\vd\fe\rf", "\xffa \xff", "Sở Xây dựng và  các   đơn vị", "x\u2028y\u3000z"}

// TestMoreFields holds moreFields to strings.Fields on each case, for
// every bound.
func TestMoreFields(t *testing.T) {
	for _, s := range moreFieldsCases {
		for n := -1; n < 8; n++ {
			if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// FuzzMoreFields holds moreFields to strings.Fields on any text.
func FuzzMoreFields(f *testing.F) {
	for _, s := range moreFieldsCases {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
			t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

// TestIsSpaceRune holds isSpaceRune to unicode.IsSpace on every rune.
func TestIsSpaceRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if isSpaceRune(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpaceRune(%U) = %v", r, isSpaceRune(r))
		}
	}
}
