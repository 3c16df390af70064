package check

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
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
		for r := 0; r < len(lit) && len(lit) <= b.Len(); r++ {
			if got, want := indexLitAt(b.String(), lit, r), strings.Index(b.String(), lit); got != want {
				t.Fatalf("indexLitAt(%q, %q, %d) = %d, want %d", b.String(), lit, r, got, want)
			}
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

// rarest is the look-up of rarestCache indexLit writes out: rarestOf(lit),
// from the cache when it has it. An entry that matches gives a place below
// len(lit) even for a literal too long or too high to have been written
// (its key wraps): the entry's length equals lit's below 256, and the
// place is below 256 anyway.
func rarest(lit string) int {
	p, n := uint64(uintptr(unsafe.Pointer(unsafe.StringData(lit)))), uint64(len(lit))
	slot := &rarestCache[(p^n)*0x9E3779B97F4A7C15>>(64-9)]
	if e := slot.Load(); e&^0xFF == p<<16|n<<8 {
		return int(e & 0xFF)
	}
	return rarestMiss(lit, slot)
}

// TestRarestCache holds rarest to rarestOf on constants and literals built
// at run time, asked over and over, and indexLit to strings.Index when the
// cache holds a wrong place for every literal (as a literal's address
// left to another of its length would), then the right one again.
func TestRarestCache(t *testing.T) {
	lits := []string{"ết", "nhân dân", "nhà nước", "gày", "Hồ Chí Minh", "quận ", "aa", "\xe1\xba", "Thị Xã", strings.Repeat("ab", 200)}
	for k := range 2000 {
		lit := lits[k%len(lits)]
		if k%3 == 0 {
			lit = strings.Clone(lit) // a new address
		}
		if got, want := rarest(lit), rarestOf(lit); got != want {
			t.Fatalf("rarest(%q) = %d, want %d", lit, got, want)
		}
	}
	s := "Thành phố Hồ Chí Minh, quận 1, nhà nước và nhân dân; Thị Xã aa ab ết"
	for _, lit := range lits {
		p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(lit))))
		n := uint64(len(lit))
		if n >= 256 {
			continue
		}
		for r := range n {
			rarestCache[(p^n)*0x9E3779B97F4A7C15>>(64-9)].Store(p<<16 | n<<8 | r)
			if got, want := indexLit(s, lit), strings.Index(s, lit); got != want {
				t.Fatalf("indexLit(%q) from byte %d = %d, want %d", lit, r, got, want)
			}
		}
	}
	clear(rarestCache[:])
}
