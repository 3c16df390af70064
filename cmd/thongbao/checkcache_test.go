package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// TestWarmCheckKeepsNoSource: a check answered from the cache reads each
// file into a buffer it hands on to the next file, and neither loads nor
// checks a notice. Counted in bytes allocated, not timed: the warm run of
// 32 sources of 256 KB allocates less than a quarter of their bytes, where
// it took a fresh copy of each (and a check of one notice allocates more
// than a megabyte). A warm run slowed fivefold when every file came into
// fresh memory under the collector's heap limit, each page a fault.
func TestWarmCheckKeepsNoSource(t *testing.T) {
	t.Setenv(cacheDirEnv, filepath.Join(t.TempDir(), "cache"))
	t.Setenv("THONGBAO_CACHE", "")
	// check of more than a few files sets the collector for a batch.
	t.Cleanup(func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(-1)
	})
	dir := t.TempDir()
	src := exampleSource(t)
	pad := strings.Repeat("# "+strings.Repeat("chú thích ", 12)+"\n", 256<<10/124)
	total := 0
	for i := range 32 {
		b := append([]byte(fmt.Sprintf("# bản %d\n", i)+pad), src...) // each its own entry
		total += len(b)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("tb-%02d.toml", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	check := func() (string, uint64) {
		var out, stderr bytes.Buffer
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		code := run([]string{"check", "--fail-on", "never", dir}, strings.NewReader(""), &out, &stderr)
		runtime.ReadMemStats(&after)
		if code != 0 {
			t.Fatalf("check: exit %d: %s", code, stderr.String())
		}
		return out.String(), after.TotalAlloc - before.TotalAlloc
	}
	cold, coldBytes := check()
	warm, warmBytes := check()
	if warm != cold {
		t.Fatalf("the warm check says\n%s\nthe cold one\n%s", warm, cold)
	}
	if warmBytes > uint64(total)/4 {
		t.Errorf("a warm check of %d bytes of sources allocated %d bytes (the cold one %d): it copies or checks the sources", total, warmBytes, coldBytes)
	}
	t.Logf("sources %d bytes; allocated cold %d, warm %d", total, coldBytes, warmBytes)
}
