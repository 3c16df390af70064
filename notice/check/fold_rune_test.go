package check

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFoldEqual holds foldEqual and foldLeast to the walk of unicode.SimpleFold's
// orbits for every pair of the letters its table covers, and for the
// characters outside it that fold to one of them.
func TestFoldEqual(t *testing.T) {
	var rs []rune
	for r := rune(0); r < 0x250; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x212A, 0x212B, 0x2126, 0x3A9, 0x3C9, 0x39C, 0x3BC, 0x1E9E, 0xDF, 0x3C2, 0x3A3, 0x10FFFF, -1, utf8.RuneError)
	for _, a := range rs {
		for _, b := range rs {
			if got, want := foldEqual(a, b), foldOrbit(a, b); got != want {
				t.Fatalf("foldEqual(%U, %U) = %v, want %v", a, b, got, want)
			}
		}
		if got, want := foldLeast(a), orbitLeast(a); got != want {
			t.Fatalf("foldLeast(%U) = %U, want %U", a, got, want)
		}
	}
}

// orbitLeast is foldLeast the long way, walking the orbit.
func orbitLeast(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}
