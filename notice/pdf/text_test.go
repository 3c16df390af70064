package pdf

import (
	"strings"
	"testing"
	"unicode"
)

// TestIndexSpace: indexSpace finds what strings.IndexFunc(s,
// unicode.IsSpace) finds, on every rune alone and between letters.
func TestIndexSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "ab" + string(r) + "c", "ế" + string(r)} {
			if got, want := indexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
				t.Fatalf("%q: %d, want %d", s, got, want)
			}
		}
	}
}

func TestTrimOpening(t *testing.T) {
	for _, s := range []string{"", "(", "((“\"ngày", "“ngày”", "ngày", "\"(x", "(“", "“", "x(", "\xe2\x80"} {
		if got, want := trimOpening(s), strings.TrimLeft(s, "(“\""); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
