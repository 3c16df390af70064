package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/config"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

const lintDir = "../../testdata/lint"

// Markers in a fixture: "# want: rule rule" after two spaces at the end of
// a line (or as the whole line) expects those findings on that line;
// "# today: 2024-10-14" sets the date deadlines are compared with. The
// harness blanks the markers out before checking, so they change no text
// and no line numbers: only the two spaces before a marker go with it, and
// white space the line ends with stays.
var (
	wantRe  = regexp.MustCompile(`(?:^|  )# want: ([a-z0-9 -]+)$`)
	todayRe = regexp.MustCompile(`^# today: (\d{4}-\d{2}-\d{2})$`)
)

type fixture struct {
	path  string
	src   []byte // markers removed
	want  map[string]int
	today cite.Date
}

func readFixture(t *testing.T, path string) fixture {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fx := fixture{path: path, want: map[string]int{}}
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		if m := todayRe.FindStringSubmatch(l); m != nil {
			fx.today, _ = cite.ParseISO(m[1])
			lines[i] = ""
			continue
		}
		if m := wantRe.FindStringSubmatchIndex(l); m != nil {
			for _, r := range strings.Fields(l[m[2]:m[3]]) {
				fx.want[fmt.Sprintf("%d %s", i+1, r)]++
			}
			lines[i] = l[:m[0]]
		}
	}
	fx.src = []byte(strings.Join(lines, "\n"))
	return fx
}

// TestLintFixtures checks every fixture under testdata/lint and fails on
// any finding the markers do not expect, and on any they expect but do not
// get.
func TestLintFixtures(t *testing.T) {
	var paths []string
	filepath.WalkDir(lintDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(".toml .md .txt", filepath.Ext(p)) && filepath.Base(p) != config.FileName {
			paths = append(paths, p)
		}
		return nil
	})
	if len(paths) < 10 {
		t.Fatalf("only %d fixtures under %s", len(paths), lintDir)
	}
	reg, err := check.LoadRegistry(filepath.Join(lintDir, "registry.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		t.Run(strings.TrimPrefix(p, lintDir+"/"), func(t *testing.T) {
			fx := readFixture(t, p)
			cfg, err := config.For(p)
			if err != nil {
				t.Fatal(err)
			}
			opts := check.Options{Today: fx.today}
			if strings.Contains(p, "registry") {
				opts.Registry = reg
			}
			got := lint(t, fx, cfg, opts)
			compare(t, fx, got)
		})
	}
}

func lint(t *testing.T, fx fixture, cfg *config.Config, opts check.Options) diag.List {
	t.Helper()
	if filepath.Ext(fx.path) == ".toml" {
		n, err := notice.Load(fx.path, fx.src)
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		return check.Notice(n, cfg, opts)
	}
	f, err := plain.Read(fx.path, fx.src)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	return check.Text(f, cfg, opts)
}

func compare(t *testing.T, fx fixture, got diag.List) {
	t.Helper()
	have := map[string]int{}
	byKey := map[string]diag.Finding{}
	for _, f := range got {
		k := fmt.Sprintf("%d %s", f.Pos.Line, f.Rule)
		have[k]++
		byKey[k] = f
		if f.Pos.Path != fx.path || f.Pos.Line < 1 || f.Pos.Col < 1 || f.Message.VI == "" || f.Message.EN == "" || f.Fix.IsZero() {
			t.Errorf("finding without a full position, message or fix: %+v", f)
		}
		if r, ok := check.Lookup(f.Rule); ok && r.Ref == "" {
			t.Errorf("rule %s has no reference", f.Rule)
		}
	}
	var problems []string
	for k, n := range fx.want {
		if have[k] < n {
			problems = append(problems, fmt.Sprintf("missing: line %s", k))
		}
	}
	for k, n := range have {
		if fx.want[k] < n {
			f := byKey[k]
			problems = append(problems, fmt.Sprintf("unexpected: %s:%d:%d %s %s", filepath.Base(f.Pos.Path), f.Pos.Line, f.Pos.Col, f.Rule, f.Message.In(diag.EN)))
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// TestSeedFixturesAreTheSeeds: the seed fixtures are the real notices of
// testdata/seeds/NNN.txt with markers added, nothing else.
func TestSeedFixturesAreTheSeeds(t *testing.T) {
	for _, n := range []string{"000", "001", "002", "003", "004"} {
		fx := readFixture(t, filepath.Join(lintDir, "seeds", n+".txt"))
		orig := filepath.Join("../../testdata/seeds", n+".txt")
		want, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		if string(fx.src) != string(want) {
			t.Errorf("testdata/lint/seeds/%s.txt differs from %s beyond its markers", n, orig)
		}
	}
}

// TestSeedSourcesAreClean: the seeds as a clerk writes them pass with
// --fail-on error.
func TestSeedSourcesAreClean(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.toml")
	for _, p := range append(paths, "../../templates/example.toml") {
		n, err := notice.LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range check.Notice(n, nil, check.Options{Today: cite.Date{Year: 2022, Month: 1, Day: 1}}) {
			if f.Severity == diag.Error {
				t.Errorf("%s: %s %s", f.Pos, f.Rule, f.Message.In(diag.EN))
			}
		}
	}
}

// TestCorpusFixturesAreTheCorpus: each text of testdata/corpus has a lint
// fixture under testdata/lint/corpus that is the text with markers added,
// nothing else.
func TestCorpusFixturesAreTheCorpus(t *testing.T) {
	const corpus = "../../testdata/corpus"
	paths, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	if len(paths) < 15 {
		t.Fatalf("only %d texts in %s", len(paths), corpus)
	}
	for _, orig := range paths {
		rel, _ := filepath.Rel(corpus, orig)
		fx := readFixture(t, filepath.Join(lintDir, "corpus", rel))
		want, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		if string(fx.src) != string(want) {
			t.Errorf("testdata/lint/corpus/%s differs from %s beyond its markers", rel, orig)
		}
	}
}
