package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/broken/*.want from the current output")

const brokenDir = "../../testdata/broken"

// TestBrokenInputs walks the catalogue of broken and hostile sources in
// testdata/broken. Each is rendered to PDF and Markdown in both languages;
// NAME.want holds the exit code and the exact messages. A source that
// fails leaves no output at all (not even a temporary file); one that is
// accepted ("ok-" sources) gives both outputs; no source is ever changed.
func TestBrokenInputs(t *testing.T) {
	t.Setenv("THONGBAO_LANG", "")
	t.Setenv("SOURCE_DATE_EPOCH", "")
	names, err := filepath.Glob(filepath.Join(brokenDir, "*.toml"))
	if err != nil || len(names) < 30 {
		t.Fatalf("the catalogue has %d sources, want at least 30 (%v)", len(names), err)
	}
	for _, src := range names {
		name := strings.TrimSuffix(filepath.Base(src), ".toml")
		t.Run(name, func(t *testing.T) {
			before := hashFile(t, src)
			out := t.TempDir()
			got := runBoth(t, func(lang string) []string {
				return []string{"render", "--lang", lang, "--today", "2023-03-01", "--format", "all", "-o", out + "/", src}
			}, map[string]string{brokenDir + "/": "", out + "/": "OUT/"}, nil)
			compareWant(t, filepath.Join(brokenDir, name+".want"), got)
			if hashFile(t, src) != before {
				t.Errorf("the source was changed")
			}
			entries, _ := os.ReadDir(out)
			accepted := strings.HasPrefix(got, "exit 0\n")
			if accepted && len(entries) != 2 || !accepted && len(entries) != 0 {
				t.Errorf("output directory holds %d entries, want %d", len(entries), map[bool]int{true: 2, false: 0}[accepted])
			}
		})
	}
}

// TestBrokenTexts walks the notices written as text or Markdown in the
// catalogue through check, which is what reads them: NAME.want holds the
// exit code and the exact report.
func TestBrokenTexts(t *testing.T) {
	t.Setenv("THONGBAO_LANG", "")
	var names []string
	for _, ext := range []string{"*.md", "*.txt", "*.docx", "*.doc"} {
		m, _ := filepath.Glob(filepath.Join(brokenDir, ext))
		names = append(names, m...)
	}
	if len(names) == 0 {
		t.Fatal("no text sources in the catalogue")
	}
	for _, src := range names {
		name := filepath.Base(src)
		t.Run(name, func(t *testing.T) {
			before := hashFile(t, src)
			got := runBoth(t, func(lang string) []string {
				return []string{"check", "--lang", lang, "--today", "2023-03-01", src}
			}, map[string]string{brokenDir + "/": ""}, nil)
			compareWant(t, filepath.Join(brokenDir, name+".want"), got)
			if hashFile(t, src) != before {
				t.Errorf("the source was changed")
			}
		})
	}
}

// TestBrokenCommandLines are the hostile cases that need more than a
// source: an output that would overwrite the input or cannot be written,
// an input that cannot be read, standard input, sizes too large to keep.
func TestBrokenCommandLines(t *testing.T) {
	t.Setenv("THONGBAO_LANG", "")
	base, err := os.ReadFile(filepath.Join(brokenDir, "ok-crlf.toml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		setup func(dir string)
		args  []string
		stdin string
	}{
		{"cli-output-is-input", nil, []string{"render", "--format", "md", "-o", "TMP/n.toml", "TMP/n.toml"}, ""},
		{"cli-output-under-a-file", nil, []string{"render", "-o", "TMP/n.toml/out/", "TMP/n.toml"}, ""},
		{"cli-dangling-symlink", func(dir string) { os.Symlink(filepath.Join(dir, "nowhere.toml"), filepath.Join(dir, "link.toml")) },
			[]string{"render", "-o", "TMP/out/", "TMP/link.toml"}, ""},
		{"cli-directory-as-file", func(dir string) { os.Mkdir(filepath.Join(dir, "d.toml"), 0o755) },
			[]string{"render", "-o", "TMP/out/", "TMP/d.toml"}, ""},
		{"cli-missing-file", nil, []string{"render", "-o", "TMP/out/", "TMP/none.toml"}, ""},
		{"cli-stdin-broken", nil, []string{"render", "--format", "md", "-o", "TMP/out.md", "-"}, "number = \"12/TB-UBND\nplace = 1\n"},
		{"cli-too-large", func(dir string) {
			os.WriteFile(filepath.Join(dir, "big.toml"), bytes.Repeat([]byte("# chú thích\n"), 400000), 0o644)
		}, []string{"render", "-o", "TMP/out/", "TMP/big.toml"}, ""},
		{"cli-too-many-pages", func(dir string) {
			para := "\"" + strings.Repeat("Nội dung rất dài của báo cáo. ", 80) + "\""
			src := strings.Replace(string(base), "[closing]", "[assessment]\r\nresults = ["+strings.Repeat(para+", ", 500)+"]\r\n\r\n[closing]", 1)
			os.WriteFile(filepath.Join(dir, "long.toml"), []byte(src), 0o644)
		}, []string{"render", "--today", "2023-03-01", "-o", "TMP/out/", "TMP/long.toml"}, ""},
		{"cli-batch-into-sources", nil, []string{"batch", "-q", "-o", "TMP/out", "TMP"}, ""},
		{"cli-font-dir-missing", nil, []string{"render", "--font-dir", "TMP/fonts", "-o", "TMP/out/", "TMP/n.toml"}, ""},
		{"cli-font-dir-incomplete", func(dir string) { os.Mkdir(filepath.Join(dir, "fonts"), 0o755) },
			[]string{"render", "--font-dir", "TMP/fonts", "-o", "TMP/out/", "TMP/n.toml"}, ""},
		{"cli-font-dir-damaged", func(dir string) {
			os.Mkdir(filepath.Join(dir, "fonts"), 0o755)
			for _, f := range []string{"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"} {
				os.WriteFile(filepath.Join(dir, "fonts", f), []byte("\x00\x01\x00\x00 not really a font"), 0o644)
			}
		}, []string{"batch", "-q", "--font-dir", "TMP/fonts", "-o", "TMP/out", "TMP/n.toml"}, ""},
		{"cli-registry-bad-csv", func(dir string) {
			os.WriteFile(filepath.Join(dir, "reg.csv"), []byte("type,number\nQuyết định,\"12\n"), 0o644)
		},
			[]string{"check", "--registry", "TMP/reg.csv", "TMP/n.toml"}, ""},
		{"cli-registry-no-number", func(dir string) {
			os.WriteFile(filepath.Join(dir, "reg.csv"), []byte("loai,ghi chu\nQuyết định,12/QĐ-UBND\n"), 0o644)
		},
			[]string{"check", "--registry", "TMP/reg.csv", "TMP/n.toml"}, ""},
		{"cli-config-wrong-type", func(dir string) {
			os.WriteFile(filepath.Join(dir, ".thongbao.toml"), []byte("[check]\ndisable = \"date-padding\"\n"), 0o644)
		},
			[]string{"check", "TMP/n.toml"}, ""},
		{"cli-batch-missing-input", nil, []string{"batch", "-q", "-o", "TMP/out", "TMP/none"}, ""},
		{"cli-batch-damaged-manifest", func(dir string) {
			os.Mkdir(filepath.Join(dir, "out"), 0o755)
			os.WriteFile(filepath.Join(dir, "out", "manifest.json"), []byte("{broken"), 0o644)
		}, []string{"batch", "-q", "--format", "md", "-o", "TMP/out", "TMP/n.toml"}, ""},
		{"cli-merge-missing", nil, []string{"batch", "merge-manifests", "-o", "TMP/m.json", "TMP/none.json"}, ""},
		{"cli-merge-mismatch", func(dir string) {
			os.WriteFile(filepath.Join(dir, "a.json"), []byte(`{"version":1,"tool":"v1","options":"x","sources":[]}`), 0o644)
			os.WriteFile(filepath.Join(dir, "b.json"), []byte(`{"version":1,"tool":"v2","options":"y","sources":[]}`), 0o644)
		}, []string{"batch", "merge-manifests", "-o", "TMP/m.json", "TMP/a.json", "TMP/b.json"}, ""},
		{"cli-batch-unwritable", func(dir string) { os.WriteFile(filepath.Join(dir, "blocker"), nil, 0o644) },
			[]string{"batch", "-q", "-o", "TMP/blocker/out", "TMP/n.toml"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "n.toml")
			if err := os.WriteFile(src, base, 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.setup != nil {
				tt.setup(dir)
			}
			args := func(lang string) []string {
				out := []string{"--lang", lang}
				for _, a := range tt.args {
					out = append(out, strings.ReplaceAll(a, "TMP", dir))
				}
				return out
			}
			got := runBoth(t, args, map[string]string{dir: "TMP"}, []byte(tt.stdin))
			compareWant(t, filepath.Join(brokenDir, tt.name+".want"), got)
			if b, _ := os.ReadFile(src); !bytes.Equal(b, base) {
				t.Errorf("the source was changed")
			}
			if strings.HasPrefix(got, "exit 0\n") {
				return
			}
			if entries, _ := os.ReadDir(filepath.Join(dir, "out")); len(entries) > 0 {
				t.Errorf("output directory holds %d entries, want none", len(entries))
			}
		})
	}
}

// elapsed is the time and rate in batch's summary, which vary by run.
var elapsed = regexp.MustCompile(`(?m); [0-9.hmsµn]+(?: \([0-9]+ (?:tệp/giây|files/s)\))?$`)

// runBoth runs the command in Vietnamese and in English and gives the
// exit code and both outputs as a .want file holds them, with the paths
// in repl shortened.
func runBoth(t *testing.T, args func(lang string) []string, repl map[string]string, stdin []byte) string {
	t.Helper()
	var b strings.Builder
	for i, lang := range []string{"vi", "en"} {
		var stdout, stderr bytes.Buffer
		code := run(args(lang), bytes.NewReader(stdin), &stdout, &stderr)
		if i == 0 {
			b.WriteString("exit " + strconv.Itoa(code) + "\n")
		}
		msg := stdout.String() + stderr.String()
		for from, to := range repl {
			msg = strings.ReplaceAll(msg, from, to)
		}
		msg = elapsed.ReplaceAllString(msg, "; TIME")
		if strings.Contains(msg, "goroutine ") || strings.Contains(msg, ".go:") {
			t.Errorf("a Go stack trace or source line reached the user:\n%s", msg)
		}
		b.WriteString("-- " + lang + " --\n" + msg)
	}
	return b.String()
}

func compareWant(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update and review the file)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}
