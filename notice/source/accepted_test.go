package source

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestAccepted: a source whose bytes Decode accepted loads to the same
// File as Load makes, with or without a byte order mark; bytes changed
// since, another path, a source over the limit and one Decode refused are
// checked again and fail as Load fails; a nil record is Load.
func TestAccepted(t *testing.T) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.toml")
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	same := func(name string, a *Accepted, path string, src []byte, max int64) {
		got, gerr := a.Load(path, src, max)
		want, werr := Load(path, src, max)
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("%s: error %v, want %v", name, gerr, werr)
		}
		if gerr == nil && (got.Text != want.Text || !reflect.DeepEqual(got.lines, want.lines) || got.utf8 != want.utf8) {
			t.Fatalf("%s: another File", name)
		}
	}
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bom := append([]byte{0xEF, 0xBB, 0xBF}, src...)
		a := NewAccepted()
		for _, s := range [][]byte{src, bom} {
			if _, err := a.Decode(p, s, 1<<20); err != nil {
				t.Fatal(err)
			}
			if !a.has(p, s) {
				t.Fatalf("%s: accepted bytes not recorded", p)
			}
			same(p, a, p, s, 1<<20)
			same(p+" (other path)", a, p+"x", s, 1<<20)
			same(p+" (over the limit)", a, p, s, 10)
		}
		legacy := append(append([]byte(nil), src...), []byte("\nx = \"Th\xc2\xab ng b\xc2\xb8 o k\xc3\x95t lu\xc3\x8bn c\xc3\xb1a\"\n")...)
		if a.has(p, legacy) {
			t.Fatalf("%s: changed bytes taken for accepted ones", p)
		}
		same(p+" (changed)", a, p, legacy, 1<<20)
		if _, err := Load(p, legacy, 1<<20); err == nil {
			t.Fatalf("%s: the changed source should be refused", p)
		}
		same(p+" (nil)", nil, p, src, 1<<20)
	}
	a := NewAccepted()
	bad := []byte("a = \"\xff\"\n")
	if _, err := a.Decode("bad.toml", bad, 1<<20); err == nil {
		t.Fatal("invalid UTF-8 accepted")
	}
	if a.has("bad.toml", bad) {
		t.Fatal("refused bytes recorded")
	}
	same("bad.toml", a, "bad.toml", bad, 1<<20)
	if _, err := a.Load("bad.toml", bad, 1<<20); err == nil {
		t.Fatal("no error for invalid UTF-8")
	}
}
