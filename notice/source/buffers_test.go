package source

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBuffersReuse reads two files through one Buffers: the second is read
// into the first's storage, which Put handed back empty.
func TestBuffersReuse(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.toml"), filepath.Join(dir, "b.toml")
	if err := os.WriteFile(a, []byte("number = \"01/TB-UBND\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var bufs Buffers
	if got := bufs.Get(); got != nil {
		t.Fatalf("Get on an empty pool = %q, want nil", got)
	}
	first, err := ReadInto(a, 1<<20, bufs.Get())
	if err != nil {
		t.Fatal(err)
	}
	bufs.Put(first)
	second, err := ReadInto(b, 1<<20, bufs.Get())
	if err != nil {
		t.Fatal(err)
	}
	if string(second) != "x = 1\n" {
		t.Fatalf("second file read as %q", second)
	}
	if &second[:1][0] != &first[:1][0] {
		t.Error("the second file was not read into the first one's buffer")
	}
	bufs.Put(nil) // a nil buffer is not kept
	if got := bufs.Get(); got != nil {
		t.Errorf("Get after Put(nil) = %q, want nil", got)
	}
}
