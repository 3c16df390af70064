package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("content = %q", b)
	}
	assertNoTemp(t, dir)
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	// A directory cannot be replaced by a file: the rename fails.
	target := filepath.Join(dir, "taken")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, []byte("data"), 0o644); err == nil {
		t.Fatal("want an error")
	}
	assertNoTemp(t, dir)
	if err := WriteFile(filepath.Join(dir, "missing", "a.md"), []byte("x"), 0o644); err == nil {
		t.Fatal("want an error for a missing directory")
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestGuard(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	if err := os.WriteFile(src, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	var g Guard
	g.AddInput(src)
	for _, p := range []string{src, filepath.Join(dir, ".", "n.toml"), link} {
		if err := g.Check(p); !errors.Is(err, ErrIsSource) {
			t.Errorf("Check(%s) = %v, want ErrIsSource", p, err)
		}
	}
	if err := g.Check(filepath.Join(dir, "n.md")); err != nil {
		t.Errorf("Check(n.md) = %v", err)
	}
}
