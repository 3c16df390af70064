package check

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
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
		for i, expr := range []func() *regexp.Regexp{tomlComment, htmlComment} {
			want, got := directivesByLine("p", s, expr), directives("p", s, []func(string) []int{tomlIgnoreIn, htmlIgnoreIn}[i])
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

// tomlComment is what tomlIgnoreIn reads (suppress_read.go), as
// directives ran it until s91.
var tomlComment = lazyre.New(`#\s*thongbao:ignore\s+([A-Za-z0-9,\- ]+?)\s*(?:--\s*(.*?))?\s*$`)

// TestTomlIgnoreAsExpr holds tomlIgnoreIn to tomlComment: on every line
// of testdata that holds "thongbao:ignore" and on 40,000 made lines of
// the pieces a directive is written with, in their order, each now and
// then left out or put in another's place.
func TestTomlIgnoreAsExpr(t *testing.T) {
	same := func(l string) bool {
		want, got := tomlComment().FindStringSubmatchIndex(l), tomlIgnoreIn(l)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tomlIgnoreIn(%q) = %v, the expression says %v", l, got, want)
		}
		return want != nil
	}
	lines := 0
	filepath.Walk("../../testdata", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && (strings.HasSuffix(p, ".toml") || strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".txt")) {
			if b, err := os.ReadFile(p); err == nil {
				for _, l := range strings.Split(string(b), "\n") {
					if strings.Contains(l, "thongbao:ignore") && same(l) {
						lines++
					}
				}
			}
		}
		return nil
	})
	if lines < 8 {
		t.Errorf("%d directive lines of TOML in testdata, want 8 at least", lines)
	}
	slots := [][]string{
		{"", "", "x = 1 ", "k = \"#\" ", "# ", "\xe1"},
		{"#", "# ", "#\t", "##", " # ", "#  "},
		{"thongbao:ignore", "thongbao:ignore", "thongbao:ignor", "THONGBAO:IGNORE"},
		{" ", " ", "  ", "\t", " \t ", "", "\r", "\f "},
		{"name-spelling", "a,b", "phrase-typo citation-case", "-", "--", "---", "đ", "", " ", "a -", "x--y"},
		{" ", "", "\t", "  ", " - "},
		{"--", "-- ", "--\t", "—", "-", "", " -- "},
		{"giữ đúng", "", " lý do ", "\xe1", "--x", "\r", "a -- b", "#"},
		{"", "", " ", "\t", "\r", "\f", " x"},
	}
	r := rand.New(rand.NewPCG(91, 30))
	matched := 0
	for range 40000 {
		if same(madeLine(r, slots, 12)) {
			matched++
		}
	}
	if matched < 5000 {
		t.Errorf("%d of the made lines hold a directive: too few to tell", matched)
	}
}

// BenchmarkDirectives reads the directives of each TOML seed's source in
// turn, as a check of it does before its rules run (the seeds hold eight).
//
//	go test -run '^$' -bench Directives -benchmem ./notice/check/
func BenchmarkDirectives(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	var srcs []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(src))
	}
	for i := 0; b.Loop(); i++ {
		directives("p", srcs[i%len(srcs)], tomlIgnoreIn)
	}
}
