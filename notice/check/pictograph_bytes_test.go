package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// pictInByRunes is pictIn as it stood before it passed bytes over: every
// character tried.
func pictInByRunes(t string) (string, int) {
	for i := 0; i < len(t); {
		if n := pictRun(t[i:]); n > 0 {
			return strings.TrimSpace(t[i : i+n]), i
		}
		_, w := utf8.DecodeRuneInString(t[i:])
		i += w
	}
	return "", 0
}

// TestPictInByBytes holds pictIn to trying every character, on every line
// of the corpus, and made-up lines with pictographs, symbols and broken
// UTF-8.
func TestPictInByBytes(t *testing.T) {
	lines := []string{"✅ Đã xong", "a✔️b", "❤️", "→ tiếp", "\xf0\x9f\x98\xe2\x9c\x85", "\xe2\x9c", "Tầng 2 🏫 trường", "⌚", "←️", "x\ufe0fy", "é\xe2✅"}
	paths, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(src), "\n")...)
	}
	found := 0
	for _, l := range lines {
		gr, gi := pictIn(l)
		wr, wi := pictInByRunes(l)
		if gr != wr || gi != wi {
			t.Errorf("pictIn(%q) = %q, %d; every character tried: %q, %d", l, gr, gi, wr, wi)
		}
		if wr != "" {
			found++
		}
	}
	if found < 10 {
		t.Errorf("only %d lines hold a pictograph: the test proves little", found)
	}
}
