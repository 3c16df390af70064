package output

import (
	"os"
	"path/filepath"
	"testing"
)

// A run stopped after it renamed an earlier output aside (a disk that
// takes no links) and before it put the new one in place leaves the path
// empty: the next run's clearing puts the earlier output back.
func TestClearTempPutsKeptBack(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, keepName("42", "a-1.pdf"))
	if err := os.WriteFile(kept, []byte("earlier"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ClearTemp(kept); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "a-1.pdf")); err != nil || string(b) != "earlier" {
		t.Fatalf("earlier output = %q, %v; want it back", b, err)
	}
	assertNoTemp(t, dir)
}

// Where the path holds an output (the kept copy was a link, or the new
// output is in place), the kept copy is only removed.
func TestClearTempKeepsWhatStands(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "a.pdf")
	kept := filepath.Join(dir, keepName("7", "a.pdf"))
	temp := filepath.Join(dir, tempPrefix+"99")
	for p, s := range map[string]string{target: "new", kept: "earlier", temp: "half"} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{kept, temp} {
		if err := ClearTemp(p); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("output = %q, want the new one", b)
	}
	assertNoTemp(t, dir)
}

func TestKeptFor(t *testing.T) {
	for name, want := range map[string]string{
		keepName("1", "x.md"):      "x.md",
		keepName("12", "a-b-c.md"): "a-b-c.md",
		tempPrefix + "123":         "",
		keepPrefix + "5":           "",
		keepPrefix + "5-":          "",
		"a.md":                     "",
	} {
		got, ok := keptFor(name)
		if got != want || ok != (want != "") {
			t.Errorf("keptFor(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
