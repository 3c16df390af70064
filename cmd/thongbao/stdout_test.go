package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fullWriter is standard output on a full disk.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestStdoutFull: a command whose standard output cannot be written says
// so in the user's words and exits 2, where it printed Go's "write
// /dev/stdout: no space left on device" (batch exited 0, its report lost).
func TestStdoutFull(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "n.toml")
	if err := os.WriteFile(src, exampleSource(t), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"rules"},
		{"schema"},
		{"new"},
		{"text", src},
		{"tasks", "--today", "2026-06-10", src},
		{"check", "--format", "json", src},
		{"render", "--format", "md", "-o", "-", src},
		{"batch", "-q", "--report-format", "json", "-o", filepath.Join(dir, "out"), src},
	} {
		for _, lang := range []string{"vi", "en"} {
			var stderr bytes.Buffer
			code := run(append([]string{"--lang", lang}, args...), strings.NewReader(""), fullWriter{}, &stderr)
			want := map[string]string{"vi": "thongbao: không ghi được ra đầu ra chuẩn: ổ đĩa đã đầy", "en": "thongbao: cannot write to standard output: the disk is full"}[lang]
			if code != exitFailed || !strings.Contains(stderr.String(), want) || strings.Contains(stderr.String(), "/dev/stdout") {
				t.Errorf("%s %v: exit %d, stderr:\n%s\nwant exit 2 and %q", lang, args, code, stderr.String(), want)
			}
		}
	}
}

// exampleSource is the source thongbao new writes.
func exampleSource(t *testing.T) []byte {
	t.Helper()
	var out, stderr bytes.Buffer
	if code := run([]string{"new"}, strings.NewReader(""), &out, &stderr); code != 0 {
		t.Fatalf("new: exit %d: %s", code, stderr.String())
	}
	return out.Bytes()
}
