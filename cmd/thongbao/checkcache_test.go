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
	"time"
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

// TestWarmCheckSeesAChange: a file rewritten with the same size and its
// modification time set back is checked again, not answered by the stamp
// of its first check (every file counts as settled here).
func TestWarmCheckSeesAChange(t *testing.T) {
	t.Setenv(cacheDirEnv, filepath.Join(t.TempDir(), "cache"))
	t.Setenv("THONGBAO_CACHE", "")
	clock := stampClock
	stampClock = func() time.Time { return time.Now().Add(time.Hour) }
	t.Cleanup(func() { stampClock = clock })
	src := exampleSource(t)
	p := filepath.Join(t.TempDir(), "tb.toml")
	if err := os.WriteFile(p, src, 0o644); err != nil {
		t.Fatal(err)
	}
	check := func() string {
		var out, stderr bytes.Buffer
		if code := run([]string{"check", "--fail-on", "never", p}, strings.NewReader(""), &out, &stderr); code != 0 {
			t.Fatalf("check: exit %d: %s", code, stderr.String())
		}
		return out.String()
	}
	before := check()
	if check() != before {
		t.Fatal("a warm check differs from the cold one")
	}
	// The subject's year cut to end in a full stop: the same size.
	changed := bytes.Replace(src, []byte("năm 2026\"\n\n"), []byte("năm 202.\"\n\n"), 1)
	if bytes.Equal(changed, src) {
		t.Fatal("the example's subject does not end in \"năm 2026\"")
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	var out, stderr bytes.Buffer
	run([]string{"check", "--no-cache", "--fail-on", "never", p}, strings.NewReader(""), &out, &stderr)
	if out.String() == before {
		t.Fatal("the change changed no finding")
	}
	if got := check(); got != out.String() {
		t.Errorf("after a change of the same size the check says\n%s\nwhere a check without the cache says\n%s", got, out.String())
	}
}
