package output

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWriteSpecialInPlace: an output that names a device or a named pipe
// is written into it, never replaced by a regular file (as root, renaming
// over /dev/null replaced the device for every program on the machine; the
// test uses a named pipe, so that it cannot do that harm when it fails).
func TestWriteSpecialInPlace(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := mkfifo(fifo); err != nil {
		t.Skip("cannot make a named pipe:", err)
	}
	writeToPipe(t, fifo, "through the pipe", func() error {
		return WriteFile(fifo, []byte("through the pipe"), 0o644)
	})
	assertNoTemp(t, dir)
}

// TestWriteAllTrustsNothing: in a batch's OUTDIR a link or a named pipe
// where an output goes is replaced, never followed nor waited on: a link
// planted there must not make a batch write over the file it names.
func TestWriteAllTrustsNothing(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "source.toml")
	if err := os.WriteFile(victim, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "a.pdf")
	if err := os.Symlink(victim, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	paths := []string{link}
	if fifo := filepath.Join(dir, "a.md"); mkfifo(fifo) == nil {
		paths = append(paths, fifo)
	}
	var files []File
	for _, p := range paths {
		files = append(files, File{Path: p, Data: []byte("output"), Perm: 0o644})
	}
	if err := WriteAll(files); err != nil {
		t.Fatal(err)
	}
	if err := WriteStream(link, 0o644, func(w io.Writer) error { _, err := w.Write([]byte("output")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep" {
		t.Errorf("the file a link named was written: %q", b)
	}
	for _, p := range paths {
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() {
			t.Errorf("%s was not replaced by a regular file: %v", p, err)
		}
	}
}

// writeToPipe runs write and checks that the named pipe fifo passed want
// on and is still a pipe.
func writeToPipe(t *testing.T, fifo, want string, write func() error) {
	t.Helper()
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- b
	}()
	if err := write(); err != nil {
		t.Fatal(err)
	}
	select {
	case b := <-got:
		if string(b) != want {
			t.Errorf("read from the pipe %q, want %q", b, want)
		}
	case <-time.After(5 * time.Second):
		// The reader waits for a writer that never opened the pipe.
		t.Errorf("nothing came through the pipe")
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the named pipe was replaced: %v, %v", fi.Mode(), err)
	}
}

// TestWriteThroughSymlink: an output that is a symbolic link replaces the
// file the link names; the link stays.
func TestWriteThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "n.pdf")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "n.pdf")
	if err := os.Symlink(filepath.Join("shared", "n.pdf"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for i, write := range []func() error{
		func() error { return WriteFile(link, []byte("new 0"), 0o644) },
		func() error { return WriteFile(link, []byte("new 1"), 0o644) },
	} {
		if err := write(); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("write %d: the link was replaced", i)
		}
		if b, _ := os.ReadFile(real); string(b) != "new "+string(rune('0'+i)) {
			t.Errorf("write %d: the file the link names holds %q", i, b)
		}
	}
	assertNoTemp(t, dir)
	assertNoTemp(t, filepath.Dir(real))
}
