package plain

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
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
		if p.Bullet != "" {
			kind += "[" + p.Bullet + "]"
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
			got, err := readingOf(p, src)
			if err != nil {
				t.Fatal(err)
			}
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

// readingOf is the dump of how a text is read or, for a text the reader
// refuses with findings (a passage in an encoding of before Unicode), those
// findings: a refusal is pinned like a reading.
func readingOf(p string, src []byte) (string, error) {
	f, err := Read(p, src)
	var refused diag.List
	if errors.As(err, &refused) {
		var b strings.Builder
		b.WriteString("refused:\n")
		for _, d := range refused {
			fmt.Fprintf(&b, "%d:%d %s %s\n", d.Pos.Line, d.Pos.Col, d.Rule, d.Message.EN)
		}
		return b.String(), nil
	}
	if err != nil {
		return "", err
	}
	return dump(f), nil
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
