package check_test

import (
	"flag"
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
//
// "# not: rule rule" names rules that must stay silent on the line: it
// holds a near-miss of what they look for ("TP. Hồ Chí Minh" for
// stray-period). A line may carry both: "# want: a; not: b".
var (
	wantRe  = regexp.MustCompile(`(?:^|  )# ((?:want|not): [a-z0-9 -]+(?:; not: [a-z0-9 -]+)?)$`)
	todayRe = regexp.MustCompile(`^# today: (\d{4}-\d{2}-\d{2})$`)
)

// markers reads the rules a marker wants and those it says must not fire.
func markers(m string) (want, not []string) {
	for _, part := range strings.Split(m, "; ") {
		kind, rules, _ := strings.Cut(part, ": ")
		if kind == "want" {
			want = append(want, strings.Fields(rules)...)
		} else {
			not = append(not, strings.Fields(rules)...)
		}
	}
	return want, not
}

type fixture struct {
	path  string
	src   []byte // markers removed
	want  map[string]int
	not   map[string]bool // "line rule" for each rule that must not fire on the line
	today cite.Date
}

func readFixture(t *testing.T, path string) fixture {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fx := fixture{path: path, want: map[string]int{}, not: map[string]bool{}}
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		if m := todayRe.FindStringSubmatch(l); m != nil {
			fx.today, _ = cite.ParseISO(m[1])
			lines[i] = ""
			continue
		}
		if m := wantRe.FindStringSubmatchIndex(l); m != nil {
			want, not := markers(l[m[2]:m[3]])
			for _, r := range want {
				fx.want[fmt.Sprintf("%d %s", i+1, r)]++
			}
			for _, r := range not {
				fx.not[fmt.Sprintf("%d %s", i+1, r)] = true
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
			if filepath.Base(filepath.Dir(p)) == "archive" {
				opts.Archive = archiveOf(t, filepath.Dir(p))
			}
			got := lint(t, fx, cfg, opts)
			if *updateWant {
				rewriteWant(t, p, got)
				return
			}
			compare(t, fx, got)
		})
	}
}

// updateWant rewrites the fixtures' "# want:" markers to the findings the
// checker gives now. Review the diff: a marker changed is a finding that
// changed, and each must be judged.
var updateWant = flag.Bool("update-want", false, "rewrite the # want: markers of testdata/lint to the findings of now")

// rewriteWant sets the "# want:" marker of each line of the fixture at
// path to the rules of the findings on that line, keeping every other
// character of the file.
func rewriteWant(t *testing.T, path string, got diag.List) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rules := map[int][]string{}
	for _, f := range got {
		rules[f.Pos.Line] = append(rules[f.Pos.Line], f.Rule)
	}
	lines := strings.Split(string(raw), "\n")
	for i, l := range lines {
		var not []string
		sep := "  "
		if m := wantRe.FindStringSubmatchIndex(l); m != nil {
			_, not = markers(l[m[2]:m[3]])
			sep = l[m[0] : m[2]-len("# ")] // the marker's own: "" at the start of a line, else "  "
			l = l[:m[0]]
		} else if l == "" {
			sep = ""
		}
		var parts []string
		if rs := rules[i+1]; len(rs) > 0 {
			sort.Strings(rs)
			parts = append(parts, "want: "+strings.Join(rs, " "))
		}
		if len(not) > 0 {
			parts = append(parts, "not: "+strings.Join(not, " "))
		}
		if len(parts) > 0 {
			l += sep + "# " + strings.Join(parts, "; ")
		}
		lines[i] = l
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
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
	problems := columnProblems(fx, got)
	for k, n := range fx.want {
		if have[k] < n {
			problems = append(problems, fmt.Sprintf("missing: line %s", k))
		}
	}
	for k := range fx.not {
		if have[k] > 0 {
			problems = append(problems, fmt.Sprintf("fired where it must not: line %s", k))
		}
		if r, _ := check.Lookup(strings.Fields(k)[1]); r == nil {
			problems = append(problems, fmt.Sprintf("no such rule: line %s", k))
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

// TestCorpusFixturesAreTheCorpus: each text of testdata/corpus tuned on
// (all but heldout/, whose findings the labels of corpus_test.go pin) has
// a lint fixture under testdata/lint/corpus that is the text with markers
// added, nothing else.
func TestCorpusFixturesAreTheCorpus(t *testing.T) {
	const corpus = "../../testdata/corpus"
	paths, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	if len(paths) < 15 {
		t.Fatalf("only %d texts in %s", len(paths), corpus)
	}
	for _, orig := range paths {
		rel, _ := filepath.Rel(corpus, orig)
		if strings.HasPrefix(rel, "heldout") {
			continue
		}
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

// TestRekeyedFixturesAreTheRekeyed: each notice of testdata/rekeyed, which
// says what the real notice says, defects included, has a lint fixture
// under testdata/lint/rekeyed that is the source with markers added,
// nothing else: what check finds there is what the bent seeds hid.
func TestRekeyedFixturesAreTheRekeyed(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/rekeyed/*.toml")
	if len(paths) < 4 {
		t.Fatalf("only %d re-keyed notices", len(paths))
	}
	for _, orig := range paths {
		fx := readFixture(t, filepath.Join(lintDir, "rekeyed", filepath.Base(orig)))
		want, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		if string(fx.src) != string(want) {
			t.Errorf("testdata/lint/rekeyed/%s differs from %s beyond its markers", filepath.Base(orig), orig)
		}
	}
}

// TestEveryRuleHasFixtures: every rule has a fixture line it must fire on
// and one, holding a near-miss, where it must stay silent.
func TestEveryRuleHasFixtures(t *testing.T) {
	want, not := map[string]bool{}, map[string]bool{}
	filepath.WalkDir(lintDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == config.FileName {
			return nil
		}
		fx := readFixture(t, p)
		for k := range fx.want {
			want[strings.Fields(k)[1]] = true
		}
		for k := range fx.not {
			not[strings.Fields(k)[1]] = true
		}
		return nil
	})
	for _, r := range check.Rules() {
		if wordOnly[r.ID] {
			continue // measured on Word formatting: TestWordVariants and TestWordLawful
		}
		if r.ID == "doc-layout-unchecked" {
			continue // said once on each .doc, never on a text: TestDocTwins (notice/doc)
		}
		if !want[r.ID] {
			t.Errorf("no fixture fires %s", r.ID)
		}
		if !not[r.ID] {
			t.Errorf("no fixture holds a near-miss %s must not fire on", r.ID)
		}
	}
}

// archiveOf builds the archive of the TOML notices of dir: the notices a
// fixture beside them may cite.
func archiveOf(t *testing.T, dir string) *check.Archive {
	t.Helper()
	a := check.NewArchive()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	for _, p := range paths {
		n, err := notice.LoadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := check.Archived(n, p); ok {
			a.Put(e)
		}
	}
	return a
}
