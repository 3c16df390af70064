package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestStripMarksAgrees compares stripMarks with its definition on every
// rune up to U+2100 alone and between letters, and on the seeds' lines.
func TestStripMarksAgrees(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x2100; r++ {
		texts = append(texts, string(r), "a"+string(r)+"ộ", "Ê"+string(r))
	}
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	texts = append(texts, "ho\u0300a", "a\u0323\u0302", "\xffđ", "Đà Nẵng", "한국어")
	for _, s := range texts {
		if got, want := stripMarks(s), stripMarksNFD(s); got != want {
			t.Fatalf("stripMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestBaseOf compares baseOf with the table it replaces, built from the
// definition.
func TestBaseOf(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		want := r
		if r < 0x1F00 && unicode.IsLetter(r) {
			want = unicode.ToLower([]rune(stripMarksNFD(string(r)) + " ")[0])
		}
		if got := baseOf(r); got != want {
			t.Fatalf("baseOf(%q) = %q, want %q", r, got, want)
		}
	}
}

func FuzzStripMarks(f *testing.F) {
	for _, s := range []string{"Đà Nẵng", "ho\u0300a", "Ủy ban", "a\xff", "x\u0345y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := stripMarks(s), stripMarksNFD(s); got != want {
			t.Fatalf("stripMarks(%q) = %q, want %q", s, got, want)
		}
	})
}
