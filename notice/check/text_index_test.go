package check

import (
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestLetterRunEnd: letterRunEnd ends a run of letters where
// utf8.DecodeRuneInString and isLetter do, for every rune up to U+3000,
// each alone, before a letter and after one, and for broken bytes; and
// at every place of a few texts.
func TestLetterRunEnd(t *testing.T) {
	check := func(s string, i int) {
		t.Helper()
		want := i
		for want < len(s) {
			r, w := utf8.DecodeRuneInString(s[want:])
			if !isLetter(r) {
				break
			}
			want += w
		}
		if got := letterRunEnd(s, i); got != want {
			t.Errorf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
	for r := rune(0x80); r < 0x3000; r++ {
		check(string(r), 0)
		check(string(r)+"a", 0)
		check("a"+string(r), 0)
	}
	for _, s := range []string{"\xc3", "\xc3a", "\xe1\xbb", "\xe1\xbba", "\xe1a\x80", "\xc0\x80", "\xe1\xb8\xc0", "\xff", "\xc9\xbf", "", "ab c", "Đà Nẵng", "số12", "x\xffy", "ǅa–b", "\u00a0a", "aᴀ\u3000"} {
		for i := 0; i <= len(s); i++ {
			check(s, i)
		}
	}
}

// TestScanTextValid: the index tells a text's validity as
// utf8.ValidString does.
func TestScanTextValid(t *testing.T) {
	for _, s := range []string{"", "a", "Đà Nẵng", "x\xffAB\xfe", "AB\x85CD", "\xe1\xbb", "ngày\xe1\xbb", "\ufffd", "a\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "số 12\xc0\x80"} {
		if _, _, _, valid, _ := scanText(s, nil, nil, nil); valid != utf8.ValidString(s) {
			t.Errorf("scanText(%q) valid = %v", s, valid)
		}
		v := &View{}
		v.index(s)
		if v.validUTF8(s) != utf8.ValidString(s) {
			t.Errorf("validUTF8(%q) = %v", s, v.validUTF8(s))
		}
	}
}
