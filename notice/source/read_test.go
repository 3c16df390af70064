package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestReadRefusesWhatIsNotAFile: a pipe, a link to an endless device and a
// directory are refused before anything is read, quickly, with the rule
// read-file and what the path is.
func TestReadRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.toml")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	zero := filepath.Join(dir, "zero.toml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		fifo: "it is a pipe (FIFO), not a file",
		zero: "it is a device, not a file",
		dir:  "it is a directory, not a file",
	} {
		done := make(chan error, 1)
		go func() { _, err := Read(path, 1<<20); done <- err }()
		select {
		case err := <-done:
			var list diag.List
			if !errors.As(err, &list) || list[0].Rule != "read-file" || !strings.Contains(list[0].Message.EN, want) {
				t.Errorf("%s: err = %v, want %q", path, err, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: Read is blocked", path)
		}
	}
}

// TestReadStopsAtTheLimit: a file over the limit is refused, and one just
// at it is read whole.
func TestReadStopsAtTheLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := Read(p, 100); err != nil || len(b) != 100 {
		t.Errorf("at the limit: %d bytes, %v", len(b), err)
	}
	var list diag.List
	if _, err := Read(p, 99); !errors.As(err, &list) || list[0].Rule != "too-large" {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := ReadAll("-", strings.NewReader(strings.Repeat("x", 100)), 99); !errors.As(err, &list) || list[0].Rule != "too-large" {
		t.Errorf("standard input over the limit: %v", err)
	}
}
