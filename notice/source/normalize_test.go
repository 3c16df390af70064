package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNextSpace: nextSpace finds what decoding rune by rune and asking
// unicode.IsSpace finds, for every rune alone, between letters, and after
// a Vietnamese letter whose first byte some spaces share.
func TestNextSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "ab" + string(r) + "c", "ế" + string(r) + "ạ"} {
			wantAt, wantW := len(s), 0
			for i, c := range s {
				if unicode.IsSpace(c) {
					wantAt, wantW = i, utf8.RuneLen(c)
					break
				}
			}
			if at, w := nextSpace(s, 0); at != wantAt || w != wantW {
				t.Fatalf("%q: %d, %d; want %d, %d", s, at, w, wantAt, wantW)
			}
		}
	}
}

// TestIndexSpace: IndexSpace finds what strings.IndexFunc(s,
// unicode.IsSpace) finds, on every rune alone and between letters.
func TestIndexSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "ab" + string(r) + "c", "ế" + string(r)} {
			if got, want := IndexSpace(s), strings.IndexFunc(s, unicode.IsSpace); got != want {
				t.Fatalf("%q: %d, want %d", s, got, want)
			}
		}
	}
}

// normalizeRef is Normalize as NormalizeMap writes it.
func normalizeRef(s string) string {
	n, _ := NormalizeMap(s, false)
	return n
}

// TestNormalizeAsMap: Normalize's folding gives what NormalizeMap gives.
func TestNormalizeAsMap(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "a  b", "a\tb\n c", "\u00a0a\u3000\u2028b\u0085", "Kết  luận\n\ncủa", "e\u0301 x", "a \xe2\x80 b", "\xc2", "a\xc2\xa0",
		strings.Repeat("ngày  ", 50),
	} {
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "a  b", "\u00a0Kết\u3000luận\n", "e\u0301  \xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFirstBad: FirstBad finds what BadRune finds rune by rune, on every
// rune between letters and in invalid UTF-8.
func TestFirstBad(t *testing.T) {
	ref := func(s string) (int, rune) {
		for i, r := range s {
			if BadRune(r) {
				return i, r
			}
		}
		return -1, 0
	}
	check := func(s string) {
		gi, gr := FirstBad(s)
		wi, wr := ref(s)
		if gi != wi || gr != wr {
			t.Fatalf("FirstBad(%q) = %d, %U; want %d, %U", s, gi, gr, wi, wr)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		check("ab" + string(r) + "c")
	}
	for _, s := range []string{"", "a\xffb", "\xc2", "ế\u200b", "a\tb\r\n"} {
		check(s)
	}
}
