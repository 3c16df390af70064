package batch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRerunWithCheckedSources: a Word or text notice in the archive is
// checked and kept in the manifest; the next run reads that manifest and
// skips what did not change, where it took the checked source's line for
// damage and did everything again ("manifest.json cũ bị hỏng").
func TestRerunWithCheckedSources(t *testing.T) {
	src := archive(t, 3)
	for _, name := range []string{"000.txt", "003.md"} {
		b, err := os.ReadFile(filepath.Join(seedDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, "van-ban-"+name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	first := runBatch(t, context.Background(), src, options(t, out))
	if first.Rendered != 3 || first.Checked != 2 {
		t.Fatalf("first run: %+v, %d checked", first.Progress, first.Checked)
	}
	if _, err := ReadManifest(filepath.Join(out, ManifestName)); err != nil {
		t.Fatalf("the manifest the run wrote is not read back: %v", err)
	}
	again := runBatch(t, context.Background(), src, options(t, out))
	if again.ManifestReset || again.Skipped != 3 || again.Rendered != 0 {
		t.Errorf("rerun: %+v, reset %v", again.Progress, again.ManifestReset)
	}
	if err := (Entry{Source: "a.txt", Outputs: []Output{{Path: "a.md"}}}).check(); err == nil {
		t.Error("a checked source with outputs accepted")
	}
}
