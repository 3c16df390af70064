package check

import (
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestGluedSyllables: two syllables typed as one word are parted where
// the text knows both parts, or one when they part one way only; a loan
// word written whole, a name, a code and one syllable are left alone.
func TestGluedSyllables(t *testing.T) {
	text := map[string]bool{"thực": true, "hiện": true, "quy": true, "chế": true, "chức": true, "bàn": true, "giao": true, "tua": true, "bin": true}
	known := func(w string) bool { return text[w] }
	for w, want := range map[string]int{
		"thựchiện": len("thực"), "Quychế": len("Quy"), "chứclớp": len("chức"), "bàngiao": len("bàn"),
		"tuabin": -1, "thường": -1, "NguyễnVăn": -1, "phườngthuộc": -1, "ABCđê": -1, "đi": -1,
	} {
		if got := gluedSyllables(w, known); got != want {
			t.Errorf("gluedSyllables(%q) = %d, want %d", w, got, want)
		}
	}
}

// FuzzGluedSyllables: on any word, a split falls inside it, between two
// runes, with letters on both sides.
func FuzzGluedSyllables(f *testing.F) {
	for _, s := range []string{"thựchiện", "Quychế", "chứclớp", "tuabin", "ươngbáo", "\xffđê"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		i := gluedSyllables(w, func(string) bool { return true })
		if i == -1 {
			return
		}
		if i <= 0 || i >= len(w) || !utf8.RuneStart(w[i]) {
			t.Fatalf("gluedSyllables(%q) = %d", w, i)
		}
	})
}

// TestMayGlueSyllables: a word outside mayGlueSyllables is one
// gluedSyllables parts nowhere, whatever words the notice knows (every
// word of every line of testdata, with every part known).
func TestMayGlueSyllables(t *testing.T) {
	v := &View{}
	all := func(string) bool { return true }
	in := 0
	for _, s := range testlines.Read(t, "../../testdata", []string{"UBNDtỉnh", "mưuUBND", "khônghọp", "HỌPKHÔNG", "aăâeêio"}) {
		x := v.index(s)
		for k, w := range x.words {
			if mayGlueSyllables(x.lex[k]) {
				in++
				continue
			}
			if at := gluedSyllables(w.text, all); at >= 0 {
				t.Errorf("gluedSyllables(%q) = %d, but the word is not in mayGlueSyllables", w.text, at)
			}
		}
	}
	if in < 100 {
		t.Errorf("%d words in mayGlueSyllables, want 100 at least", in)
	}
}
