package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestFileStamp: a file just written is not settled, one untouched for
// longer than settleTime is; a write of the same size with the
// modification time set back still changes the stamp (the change time).
func TestFileStamp(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.toml")
	if err := os.WriteFile(p, []byte("một"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	s1, settled, ok := fileStamp(p, now)
	if !ok || settled {
		t.Fatalf("a file just written: ok %v, settled %v; want true, false", ok, settled)
	}
	if _, settled, _ := fileStamp(p, now.Add(settleTime+2*time.Second)); !settled {
		t.Error("a file untouched for longer than settleTime is not settled")
	}
	fi, _ := os.Stat(p)
	time.Sleep(10 * time.Millisecond)
	if err := os.WriteFile(p, []byte("hai"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if s2, _, _ := fileStamp(p, now); bytes.Equal(s1, s2) {
		t.Error("a rewrite of the same size, its modification time set back, kept the stamp")
	}
	if _, _, ok := fileStamp(filepath.Dir(p), now); ok {
		t.Error("a directory has a stamp")
	}
}
