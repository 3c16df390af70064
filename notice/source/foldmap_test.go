package source

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// foldMapCases are texts with white space of every kind where a FoldMap
// has breaks or none.
var foldMapCases = []string{
	"", " ", "a", "một hai", " một", "một ", "một  hai", "một\thai", "một\nhai\n\nba",
	"\u00a0x\u00a0 y\u3000z", "a\u2028\u2029b", "  \n ", "x \n", "ba\u0300", "Vie\u0302\u0323t", "a\xffb",
}

// checkFoldMap holds a FoldMap of s to NormalizeMap's map at every byte.
func checkFoldMap(t *testing.T, s string) {
	f, ok := NewFoldMap(s)
	norm, m := NormalizeMap(s, true)
	if !ok {
		if IsNFC(s) && validUTF8(s) {
			t.Fatalf("%q: no FoldMap", s)
		}
		return
	}
	if f.Len() != len(norm) {
		t.Fatalf("%q: Len() = %d, want %d", s, f.Len(), len(norm))
	}
	for k := range m {
		if got := f.At(k); got != m[k] {
			t.Fatalf("%q: At(%d) = %d, want %d", s, k, got, m[k])
		}
	}
	checkNormalizeFoldMap(t, s, f)
}

// checkNormalizeFoldMap holds NormalizeFoldMap of s to Normalize, and its
// map to want (NewFoldMap's), for a text whose Facts say Stable; for any
// other it must give none.
func checkNormalizeFoldMap(t *testing.T, s string, want FoldMap) {
	facts := Inspect(s)
	norm, m, ok := NormalizeFoldMap(s, facts)
	if norm != Normalize(s) {
		t.Fatalf("%q: NormalizeFoldMap = %q, want %q", s, norm, Normalize(s))
	}
	if ok != facts.Stable {
		t.Fatalf("%q: NormalizeFoldMap ok = %v, Stable %v", s, ok, facts.Stable)
	}
	if ok && !reflect.DeepEqual(m, want) {
		t.Fatalf("%q: NormalizeFoldMap map = %+v, want %+v", s, m, want)
	}
}

// TestNormalizeFoldMapLines holds NormalizeFoldMap to NewFoldMap on every
// line and every file of the repository's testdata (texts, TOML and
// Markdown) in NFC, and on random strings of white space and letters.
func TestNormalizeFoldMapLines(t *testing.T) {
	n := 0
	check := func(s string) {
		if f, ok := NewFoldMap(s); ok {
			checkNormalizeFoldMap(t, s, f)
			n++
		}
	}
	err := filepath.WalkDir("../../testdata", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !(strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".toml") || strings.HasSuffix(path, ".md")) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		check(string(b))
		for _, l := range strings.Split(string(b), "\n") {
			check(l)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pieces := []string{"a", "một", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "ba\u0300", "x"}
	r := rand.New(rand.NewPCG(63, 1))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		f, _ := NewFoldMap(s)
		checkNormalizeFoldMap(t, s, f)
	}
	if n < 10000 {
		t.Fatalf("%d texts in NFC read, want more than 10000", n)
	}
}

func validUTF8(s string) bool {
	for _, r := range s {
		if r == 0xFFFD {
			return false
		}
	}
	return true
}

// TestFoldMap checks FoldMap against NormalizeMap on the cases above.
func TestFoldMap(t *testing.T) {
	for _, s := range foldMapCases {
		checkFoldMap(t, s)
	}
}

// FuzzFoldMap checks FoldMap against NormalizeMap on any text.
func FuzzFoldMap(f *testing.F) {
	for _, s := range foldMapCases {
		f.Add(s)
	}
	f.Fuzz(checkFoldMap)
}
