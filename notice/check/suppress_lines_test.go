package check

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// directivesByLine is directives as it stood, reading each line of the
// source in turn.
func directivesByLine(path, text string, expr func() *regexp.Regexp) []directive {
	if !containsLit(text, "thongbao:ignore") {
		return nil
	}
	var out []directive
	re := expr()
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if !containsLit(l, "thongbao:ignore") {
			continue
		}
		m := re.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		d := directive{
			pos:    diag.Pos{Path: path, Line: i + 1, Col: len([]rune(l[:m[0]])) + 1},
			reason: strings.TrimSpace(group(l, m, 2)),
		}
		d.rules = strings.FieldsFunc(group(l, m, 1), func(r rune) bool { return r == ',' || r == ' ' })
		d.target, d.last = i+1, i+1
		if strings.TrimSpace(l[:m[0]]) == "" {
			for j := i + 1; j < len(lines); j++ {
				if strings.TrimSpace(lines[j]) != "" {
					d.target, d.last = j+1, j+1
					break
				}
			}
		}
		out = append(out, d)
	}
	return out
}

// TestDirectivesAsByLine holds directives to the line-by-line reading it
// replaced on every TOML, Markdown and text file of testdata and on
// made-up sources: directives at the start and end, twice on a line,
// with blank lines or none after.
func TestDirectivesAsByLine(t *testing.T) {
	texts := []string{
		"", "thongbao:ignore", "# thongbao:ignore a-b\n", "# thongbao:ignore a-b", "x\n# thongbao:ignore a-b -- r\n\n  \nnext\n",
		"# thongbao:ignore a # thongbao:ignore b\nx", "k = 1 # thongbao:ignore c -- why\n# thongbao:ignore d\n\n",
		"<!-- thongbao:ignore a -- r -->\n\ntext\n<!-- thongbao:ignore b -->", "\n\n# thongbao:ignore z\n \n\t\n",
		"# thongbao:ignore\n# thongbao:ignore y\nz",
	}
	found := 0
	filepath.Walk("../../testdata", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && (strings.HasSuffix(p, ".toml") || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(b))
			}
		}
		return nil
	})
	for _, s := range texts {
		for _, expr := range []func() *regexp.Regexp{tomlComment, htmlComment} {
			want, got := directivesByLine("p", s, expr), directives("p", s, expr)
			found += len(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("directives(%q) = %+v, want %+v", s, got, want)
			}
		}
	}
	if found < 15 {
		t.Errorf("%d directives found, want 15 at least", found)
	}
}
