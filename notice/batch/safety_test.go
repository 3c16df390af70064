package batch

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestCraftedManifestDeletesNothingOutside: a manifest is input from disk.
// One that names an output outside the output directory is not trusted,
// and a rerun removes only outputs the sources' own paths derive.
func TestCraftedManifestDeletesNothingOutside(t *testing.T) {
	src := archive(t, 3)
	base := t.TempDir()
	out := filepath.Join(base, "out")
	victim := filepath.Join(base, "victim", "secret.txt")
	if err := os.MkdirAll(filepath.Dir(victim), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(victim, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	runBatch(t, context.Background(), src, options(t, out))
	mpath := filepath.Join(out, ManifestName)
	m, err := ReadManifest(mpath)
	if err != nil {
		t.Fatal(err)
	}
	// The first source's entry now claims the victim as an output, and
	// the source is broken so that the rerun drops its outputs.
	e := &m.Sources[0]
	e.Outputs = append(e.Outputs, Output{Path: "../victim/secret.txt"})
	writeJSON(t, mpath, m)
	if err := os.WriteFile(filepath.Join(src, filepath.FromSlash(e.Source)), []byte("number = \"x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadManifest(mpath); !errors.Is(err, ErrBadManifest) {
		t.Errorf("the crafted manifest was read: %v", err)
	}
	sum := runBatch(t, context.Background(), src, options(t, out))
	if sum.Failed != 1 || !sum.ManifestReset {
		t.Errorf("rerun: %+v, reset %v", sum.Progress, sum.ManifestReset)
	}
	if b, err := os.ReadFile(victim); err != nil || string(b) != "keep me" {
		t.Fatalf("the file outside the output directory was touched: %q, %v", b, err)
	}
	for _, bad := range []string{"../x.toml", "/etc/x.toml", "a/../../x.toml", "a\\..\\x.toml", ""} {
		if err := (Entry{Source: bad}).check(); err == nil {
			t.Errorf("source %q accepted", bad)
		}
	}
}

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSecondRunWaits: a second batch on the same output directory waits
// for the first (here, a lock held by the test), instead of removing its
// temporary files; given up, it says another run holds the directory.
func TestSecondRunWaits(t *testing.T) {
	src := archive(t, 2)
	out := filepath.Join(t.TempDir(), "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	temp := filepath.Join(out, ".thongbao-tmp-first-run")
	if err := os.WriteFile(temp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	release, err := lockDir(context.Background(), out, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	o := options(t, out)
	waited := false
	o.Waiting = func() { waited = true }
	srcs, _ := Walk([]string{src}, out, Select{})
	_, err = Run(ctx, srcs, []string{src}, o)
	var list diag.List
	if !errors.As(err, &list) || !strings.Contains(list[0].Message.EN, "another batch") || !waited {
		t.Errorf("err = %v, waited %v", err, waited)
	}
	if _, err := os.Stat(temp); err != nil {
		t.Errorf("the first run's temporary file was removed: %v", err)
	}
	release()
	if sum := runBatch(t, context.Background(), src, o); sum.Rendered != 2 {
		t.Errorf("after the first run: %+v", sum.Progress)
	}
}

// TestFailedWriteLeavesNothing: when one format cannot be written, the
// other is not left behind alone.
func TestFailedWriteLeavesNothing(t *testing.T) {
	src := archive(t, 1)
	out := filepath.Join(t.TempDir(), "out")
	srcs, _ := Walk([]string{src}, out, Select{})
	base := strings.TrimSuffix(srcs[0].Rel, ".toml")
	pdfPath := filepath.Join(out, filepath.FromSlash(base)+".pdf")
	if err := os.MkdirAll(filepath.Join(pdfPath, "in-the-way"), 0o755); err != nil {
		t.Fatal(err)
	}
	sum := runBatch(t, context.Background(), src, options(t, out))
	if sum.Failed != 1 {
		t.Fatalf("summary %+v", sum.Progress)
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(base)+".md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the Markdown was left without its PDF: %v", err)
	}
	if f := sum.Results[0].Findings; len(f) == 0 || f[len(f)-1].Rule != "write-file" {
		t.Errorf("findings %v", f)
	}
}
