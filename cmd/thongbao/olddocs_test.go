package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestOldDocs: the .doc files of a folder and its subfolders are found,
// Word's lock files, other files, hidden and skipped folders are not, and
// a file given by name is the reader's to judge.
func TestOldDocs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.doc", "B.DOC", "~$a.doc", "c.docx", "d.txt", "sub/e.doc", ".hidden/f.doc", "out/g.doc"} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := oldDocs([]string{dir, filepath.Join(dir, "a.doc")}, sameDir(filepath.Join(dir, "out")))
	want := []string{filepath.Join(dir, "B.DOC"), filepath.Join(dir, "a.doc"), filepath.Join(dir, "sub", "e.doc")}
	if !slices.Equal(got, want) {
		t.Errorf("oldDocs = %q, want %q", got, want)
	}
	if got := oldDocs([]string{filepath.Join(dir, "a.doc"), filepath.Join(dir, "missing")}, nil); len(got) != 0 {
		t.Errorf("oldDocs of a file and a missing path = %q, want none", got)
	}
}
