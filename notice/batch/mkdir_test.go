package batch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/thongbao/thongbao/notice/render"
)

// TestWriteDirRemoved: an output directory made earlier in the run and
// removed since is made again, not left as a failure.
func TestWriteDirRemoved(t *testing.T) {
	out := t.TempDir()
	r := &runner{o: Options{OutDir: out}}
	files := []render.File{{Format: "md", Data: []byte("a")}, {Format: "pdf", Data: []byte("b")}}
	if _, err := r.write(Source{Rel: "2024/01/a.toml"}, files); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(out, "2024")); err != nil {
		t.Fatal(err)
	}
	if _, err := r.write(Source{Rel: "2024/01/b.toml"}, files); err != nil {
		t.Fatalf("second write after the directory was removed: %v", err)
	}
	for _, name := range []string{"b.md", "b.pdf"} {
		if _, err := os.Stat(filepath.Join(out, "2024", "01", name)); err != nil {
			t.Error(err)
		}
	}
}
