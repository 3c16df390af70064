package batch

import (
	"os"
	"path/filepath"
	"testing"
)

// An earlier output a stopped run moved aside and did not replace comes
// back before the next run looks at the output directory.
func TestRemoveTempsPutsKeptOutputBack(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "2026")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		filepath.Join(sub, ".thongbao-tmp-keep-3-tb-01.pdf"): "earlier",
		filepath.Join(sub, ".thongbao-tmp-881"):              "half",
	}
	for p, s := range files {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := removeTemps(dir); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(sub)
	if len(entries) != 1 || entries[0].Name() != "tb-01.pdf" {
		t.Fatalf("left %v, want only tb-01.pdf", entries)
	}
	if b, _ := os.ReadFile(filepath.Join(sub, "tb-01.pdf")); string(b) != "earlier" {
		t.Errorf("tb-01.pdf = %q", b)
	}
}
