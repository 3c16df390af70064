package plain

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLineAtAsPosAt holds LineAt to PosAt's line at every byte of every
// paragraph of every text of testdata, read in each layout.
func TestLineAtAsPosAt(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") && !strings.HasSuffix(path, ".md") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for l := range Layout(4) {
			f, err := ReadWith(path, src, Options{Layout: l})
			if err != nil {
				continue
			}
			n++
			for _, p := range f.Paras {
				sameLines(t, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no texts")
	}
}

// sameLines holds p's LineAt to its PosAt at every byte, and OneLine to
// whether LineAt is the same at every byte.
func sameLines(t *testing.T, p Para) {
	t.Helper()
	one := true
	for i := range len(p.Text) + 1 {
		got, want := p.LineAt(i), p.PosAt(i).Line
		if got != want {
			t.Fatalf("byte %d of %q: line %d, PosAt's %d", i, p.Text, got, want)
		}
		one = one && got == p.LineAt(0)
	}
	if p.OneLine() != one {
		t.Fatalf("%q: OneLine %v, its lines one: %v", p.Text, !one, one)
	}
}
