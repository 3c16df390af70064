package check

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndexLit holds indexLit to strings.Index on every literal of a
// list at every start of every testdata text, and on random texts made of
// the literals' own bytes, where near matches abound.
func TestIndexLit(t *testing.T) {
	lits := []string{"ết", "nhân dân", "nhà nước", "gày", "háng", "ăm", "GÀY", "hứ ", "hủ ", "Hồ Chí Minh", "quận ", "a", "", "aa", "ab", "\xe1\xba", "Thị Xã"}
	var texts []string
	for _, pat := range []string{"../../testdata/seeds/*.toml", "../../testdata/corpus/round1*/*.txt"} {
		paths, err := filepath.Glob(pat)
		if err != nil || len(paths) == 0 {
			t.Fatalf("no texts at %s (%v)", pat, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	rng := rand.New(rand.NewSource(1))
	for range 3000 {
		lit := lits[rng.Intn(len(lits))]
		var b strings.Builder
		for range rng.Intn(40) {
			w := lits[rng.Intn(len(lits))]
			if len(w) > 0 && rng.Intn(2) == 0 {
				w = w[:rng.Intn(len(w))]
			}
			b.WriteString(w)
		}
		if got, want := indexLit(b.String(), lit), strings.Index(b.String(), lit); got != want {
			t.Fatalf("indexLit(%q, %q) = %d, want %d", b.String(), lit, got, want)
		}
	}
	for _, s := range texts {
		for _, lit := range lits {
			for i := 0; i <= len(s); i += 1 + i/64 {
				if got, want := indexLit(s[i:], lit), strings.Index(s[i:], lit); got != want {
					t.Fatalf("indexLit(s[%d:], %q) = %d, want %d", i, lit, got, want)
				}
			}
		}
	}
}
