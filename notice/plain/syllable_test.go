package plain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// syllableCases are words where isSyllable and syllableRe could part.
var syllableCases = []string{"", "a", "ngh", "nghiêng", "nghiệp", "giữa", "gi", "qua", "quý", "q", "quốc", "thông", "báo",
	"đường", "khuya", "oai", "oaiu", "nguyễn", "trưởng", "x", "ch", "chanh", "ách", "\xff", "a\xff", "ươ", "ngoằng", "xyz", "tb", "ab"}

// TestSyllableAsExpression holds isSyllable to syllableRe on every word
// of the texts of testdata, in lower case, and syllableCases.
func TestSyllableAsExpression(t *testing.T) {
	words := append([]string{}, syllableCases...)
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	for _, p := range append(paths, more...) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(strings.ToLower(string(src))) {
			words = append(words, w, strings.Trim(w, ".,;:()\"“”"))
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words read", len(words))
	}
	for _, w := range words {
		sameSyllable(t, w)
	}
}

func sameSyllable(t *testing.T, s string) {
	t.Helper()
	if got, want := isSyllable(s), syllableRe().MatchString(s); got != want {
		t.Fatalf("isSyllable(%q) = %v, syllableRe %v", s, got, want)
	}
}

// FuzzIsSyllable holds isSyllable to syllableRe on any text.
func FuzzIsSyllable(f *testing.F) {
	for _, s := range syllableCases {
		f.Add(s)
	}
	f.Fuzz(sameSyllable)
}
