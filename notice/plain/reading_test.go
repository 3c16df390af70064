package plain

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the reading goldens")

// dump writes a reading as one line per paragraph: where it starts, its
// kind and marker, and its text, shortened in the middle.
func dump(f *File) string {
	var b strings.Builder
	fmt.Fprintf(&b, "layout %s", f.Layout)
	if f.Unreadable {
		b.WriteString(", unreadable")
	}
	b.WriteString("\n")
	for _, p := range f.Paras {
		pos := p.PosAt(0)
		kind := p.Kind.String()
		if p.Marker != "" {
			kind += "[" + p.Marker + "]"
		}
		if p.Number != "" {
			kind += "(" + p.Number + ")"
		}
		if p.Col != Whole {
			kind += "@" + p.Col.String()
		}
		fmt.Fprintf(&b, "%d:%d %s: %s\n", pos.Line, pos.Col, kind, shorten(p.Text))
	}
	return b.String()
}

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 100 {
		return s
	}
	r := []rune(s)
	return string(r[:70]) + " … " + string(r[len(r)-25:])
}

// readingGlobs are the notice texts whose readings are pinned.
var readingGlobs = []string{"../../testdata/seeds/*.txt", "../../testdata/seeds/*.md", "../../testdata/corpus/*/*.txt", "../../testdata/corpus/*/[a-z0-9]*.md"}

// TestReadings compares the reading of each notice text of the repository
// with its golden dump (go test -run Readings -update rewrites them).
func TestReadings(t *testing.T) {
	var paths []string
	for _, g := range readingGlobs {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("no texts")
	}
	for _, p := range paths {
		name := strings.ReplaceAll(strings.TrimPrefix(p, "../../testdata/"), "/", "-")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Read(p, src)
			if err != nil {
				t.Fatal(err)
			}
			got := dump(f)
			golden := filepath.Join("testdata", "reading", name+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("reading of %s differs from %s:\n%s", p, golden, diffLines(string(want), got))
			}
		})
	}
}

// diffLines lists the lines that differ, first few only.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 20; i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, fmt.Sprintf("line %d\n  want %s\n  got  %s", i+1, a, b))
		}
	}
	return strings.Join(out, "\n")
}
