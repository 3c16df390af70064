package check

import (
	"testing"
	"unicode"
)

// TestShapeOf holds shapeOf to the functions it stands for, and isLetter
// to unicode.IsLetter.
func TestShapeOf(t *testing.T) {
	for _, w := range []string{"", "a", "A", "Ab", "AB", "aB", "HĐND", "Đà", "ĐÀ", "đà", "UBND", "K\u212a", "\u212aa", "ǅa", "Ǆ", "ǅ", "Σς", "ΣΣ", "2024", "A1", "İstanbul", "ß", "ẞ", "quy", "Quý", "KÝ", "kĩ", "lý", "ty", "chính", "qui", "y", "Y", "i"} {
		sameShape(t, w)
	}
	for r := rune(0); r < 0x2100; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
}

func sameShape(t *testing.T, w string) {
	t.Helper()
	s := shapeOf(w)
	if got, want := s&shapeTitle != 0, titleCase(w); got != want {
		t.Fatalf("shapeOf(%q) says title %v, titleCase %v", w, got, want)
	}
	if got, want := s&shapeAbbrev != 0, isAbbrev(w); got != want {
		t.Fatalf("shapeOf(%q) says abbreviation %v, isAbbrev %v", w, got, want)
	}
	if got, want := s&shapeLower != 0, hasLower(w); got != want {
		t.Fatalf("shapeOf(%q) says lower %v, hasLower %v", w, got, want)
	}
	if got, want := s&shapeCaps != 0, allCaps(w); got != want {
		t.Fatalf("shapeOf(%q) says capitals %v, allCaps %v", w, got, want)
	}
	if got, want := s&shapeIY != 0, iyWord(w); got != want {
		t.Fatalf("shapeOf(%q) says i/y word %v, iyWord %v", w, got, want)
	}
}

// FuzzShapeOf holds shapeOf to the functions it stands for on every
// word of any text.
func FuzzShapeOf(f *testing.F) {
	f.Add("Ban Chỉ đạo HĐND tỉnh ƯBND")
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range wordsWithOffsets(s) {
			sameShape(t, w.text)
		}
	})
}
