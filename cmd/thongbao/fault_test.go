package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/reading"
	"github.com/thongbao/thongbao/notice/render"
)

// TestCheckFault: a panic while one notice of a folder is checked is
// that notice's finding, said as the program's fault, with exit code 2;
// the other notice is checked as always.
func TestCheckFault(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "THÔNG BÁO\nVề việc họp\n", "b.txt": "THÔNG BÁO\nVề việc nghỉ\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := checkReading
	defer func() { checkReading = old }()
	checkReading = func(r *reading.Reading, cfg *config.Config, o check.Options) diag.List {
		if strings.HasSuffix(r.Path, "b.txt") {
			var s []int
			_ = s[1] // a fault of the program's own
		}
		return old(r, cfg, o)
	}
	for _, lang := range []string{"vi", "en"} {
		var out, errb bytes.Buffer
		code := run([]string{"check", "--no-cache", "--lang", lang, "--today", "2026-12-05", dir}, nil, &out, &errb)
		if code != exitFailed {
			t.Errorf("%s: exit %d, want %d", lang, code, exitFailed)
		}
		got := out.String()
		if !strings.Contains(got, "b.txt: error internal-fault: ") || !strings.Contains(got, "index out of range") {
			t.Errorf("%s: no fault said for b.txt:\n%s", lang, got)
		}
		if !strings.Contains(got, "a.txt:") || strings.Contains(got, "a.txt: error internal-fault") {
			t.Errorf("%s: a.txt not checked as always:\n%s", lang, got)
		}
	}
}

// TestRenderFault: a panic while one of several sources is rendered is
// that source's finding, said as the program's fault, with exit code 2;
// the other source is rendered and written as always (and so in the
// watch mode, which renders a saved source the same way).
func TestRenderFault(t *testing.T) {
	dir := t.TempDir()
	var srcs []string
	for _, name := range []string{"a.toml", "b.toml"} {
		p := filepath.Join(dir, name)
		src := exampleSource(t)
		if name == "b.toml" {
			src = bytes.Replace(src, []byte(`number = "15/TB-VP"`), []byte(`number = "16/TB-VP"`), 1)
		}
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, p)
	}
	old := renderNotice
	defer func() { renderNotice = old }()
	renderNotice = func(n *notice.Notice, cfg *config.Config, o render.Options) (*render.Result, error) {
		if n.Number.Seq == "16" {
			var s []int
			_ = s[2] // a fault of the program's own
		}
		return old(n, cfg, o)
	}
	for _, lang := range []string{"vi", "en"} {
		out := filepath.Join(t.TempDir(), "out")
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"render", "--lang", lang, "--format", "md", "-o", out + string(filepath.Separator)}, srcs...), nil, &stdout, &stderr)
		if code != exitFailed {
			t.Errorf("%s: exit %d, want %d", lang, code, exitFailed)
		}
		got := stderr.String()
		if !strings.Contains(got, "b.toml: error internal-fault: ") || !strings.Contains(got, "index out of range") {
			t.Errorf("%s: no fault said for b.toml:\n%s", lang, got)
		}
		if _, err := os.Stat(filepath.Join(out, "a.md")); err != nil {
			t.Errorf("%s: a.toml not rendered: %v\n%s", lang, err, got)
		}
		if _, err := os.Stat(filepath.Join(out, "b.md")); err == nil {
			t.Errorf("%s: b.md written after the fault", lang)
		}
	}
}

// TestOneNoticeFault: a panic while text or import reads its one notice
// is said as the program's fault on standard error, in the language
// asked, with exit code 2, not as Go's trace.
func TestOneNoticeFault(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("THÔNG BÁO\nVề việc họp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := readFile
	defer func() { readFile = old }()
	readFile = func(string) (*reading.Reading, error) {
		var s []int
		_ = s[3] // a fault of the program's own
		return nil, nil
	}
	for _, c := range []struct{ lang, want string }{
		{"vi", "thongbao gặp lỗi của chính chương trình"},
		{"en", "thongbao met a fault of its own"},
	} {
		for _, args := range [][]string{{"text", in}, {"import", in, "-o", filepath.Join(dir, "out.toml")}} {
			var out, errb bytes.Buffer
			code := run(append(args, "--lang", c.lang), nil, &out, &errb)
			if code != exitFailed {
				t.Errorf("%s %v: exit %d, want %d", c.lang, args, code, exitFailed)
			}
			if got := errb.String(); !strings.Contains(got, c.want) || !strings.Contains(got, "index out of range") || strings.Contains(got, "goroutine") {
				t.Errorf("%s %v: stderr\n%s", c.lang, args, got)
			}
		}
	}
}
