package markdown_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/compose"
	"github.com/thongbao/thongbao/notice/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const seedDir = "../../testdata/seeds"

// sourcePath is where the source of a seed is; "example" is the built-in
// example notice.
func sourcePath(name string) string {
	if name == "example" {
		return "../../templates/example.toml"
	}
	return filepath.Join(seedDir, name+".toml")
}

// renderSeed loads a seed source and renders it.
func renderSeed(t *testing.T, name string) (*compose.Document, []byte) {
	t.Helper()
	n, err := notice.LoadFile(sourcePath(name))
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	d := compose.Compose(n)
	var buf bytes.Buffer
	if err := markdown.Render(&buf, d); err != nil {
		t.Fatalf("render %s: %v", name, err)
	}
	return d, buf.Bytes()
}

func seedNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.toml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in %s: %v", seedDir, err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(filepath.Base(p), ".toml"))
	}
	return append(names, "example")
}

// TestGolden compares each seed's Markdown with testdata/seeds/<name>.md.
// Regenerate with: go test ./notice/markdown -update, then review the diff.
func TestGolden(t *testing.T) {
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			_, got := renderSeed(t, name)
			golden := filepath.Join(seedDir, name+".md")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from its golden file; run go test ./notice/markdown -update and review the diff:\n%s", name, firstDiff(string(want), string(got)))
			}
		})
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n   got: " + g
		}
	}
	return ""
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}
