package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/reading"
)

const wordHeldoutDir = "../../testdata/word-heldout"

// heldoutDefect is a row of testdata/word-heldout/defects.tsv: a defect a
// reviewer marked, the rules whose right finding on its line catches it,
// and whether the judge called it major.
type heldoutDefect struct {
	key   string // "file line"
	rules []string
	major bool
}

// wordTally is the held-out Word set's count of findings by verdict and of
// defects found, all and major.
type wordTally struct {
	files, right, wrong   int
	defects, found        int
	majors, majorsFound   int
	precision, recall, rm float64
}

// TestWordHeldoutPrecisionRecall checks the held-out Word files (issue 11:
// real files no rule was tuned on) as the command does with no date,
// holds every finding against its label (labels.tsv), and measures, for
// each file and for the set, precision (right over right and wrong
// findings) and recall (the rows of defects.tsv a right finding catches,
// all and the major ones). A right finding catches at most one row: rows
// sharing a line and a rule are matched to findings one to one (a maximum
// matching, the major rows first). The figures must be those of README.md's
// table, a row for each file and one for the set: any change, a precision
// that falls first, fails until the README says it.
func TestWordHeldoutPrecisionRecall(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(wordHeldoutDir, "*.docx"))
	if len(paths) == 0 {
		t.Fatalf("no Word file in %s", wordHeldoutDir)
	}
	perFile := map[string]*wordTally{}
	got := map[string]int{} // "file line rule" -> findings
	msgs := map[string][]string{}
	for _, p := range paths {
		r, err := reading.ReadFile(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		perFile[filepath.Base(p)] = &wordTally{files: 1}
		for _, f := range check.Reading(r, nil, check.Options{}) {
			k := fmt.Sprintf("%s %d %s", filepath.Base(p), f.Pos.Line, f.Rule)
			got[k]++
			msgs[k] = append(msgs[k], f.Message.VI)
		}
	}
	used := map[string]int{}
	rightAt := map[string]int{}
	for _, f := range readTSVIn(t, wordHeldoutDir, "labels.tsv", 4) {
		k := strings.Join(f[:3], " ")
		used[k]++
		if used[k] > got[k] {
			t.Errorf("labels.tsv: %s is labelled but check gives no such finding (any more)", k)
			continue
		}
		s := perFile[f[0]]
		switch f[3] {
		case "right":
			s.right++
			rightAt[k]++
		case "wrong":
			s.wrong++
		default:
			t.Errorf("labels.tsv: %s: verdict %q is neither right nor wrong", k, f[3])
		}
	}
	var unlabelled []string
	for k, ms := range msgs {
		for i := used[k]; i < len(ms); i++ {
			unlabelled = append(unlabelled, k+": "+ms[i])
		}
	}
	sort.Strings(unlabelled)
	for _, u := range unlabelled {
		t.Errorf("finding with no label in testdata/word-heldout/labels.tsv: %s", u)
	}
	defects, files := readHeldoutDefects(t)
	caught := matchDefects(defects, rightAt)
	for i, d := range defects {
		s := perFile[files[i]]
		s.defects++
		if d.major {
			s.majors++
		}
		if caught[i] {
			s.found++
			if d.major {
				s.majorsFound++
			}
		}
	}
	var total wordTally
	for name, s := range perFile {
		s.figure()
		total.add(*s)
		t.Logf("held-out Word %s: %s", name, s)
	}
	total.figure()
	t.Logf("held-out Word, the set: %s", total)
	checkHeldoutREADME(t, perFile, total)
}

// add counts another tally into s.
func (s *wordTally) add(o wordTally) {
	s.files += o.files
	s.right += o.right
	s.wrong += o.wrong
	s.defects += o.defects
	s.found += o.found
	s.majors += o.majors
	s.majorsFound += o.majorsFound
}

// figure works out the tally's percentages from its counts.
func (s *wordTally) figure() {
	s.precision = percent(s.right, s.right+s.wrong)
	s.recall = percent(s.found, s.defects)
	s.rm = percent(s.majorsFound, s.majors)
}

func (s wordTally) String() string {
	return fmt.Sprintf("%d files, %d findings right, %d wrong; precision %.1f%%; %d of %d defects found (%.1f%%), %d of %d major (%.1f%%)",
		s.files, s.right, s.wrong, s.precision, s.found, s.defects, s.recall, s.majorsFound, s.majors, s.rm)
}

// row is the tally as README.md's table writes it, after the name and the
// measure.
func (s wordTally) row() string {
	return fmt.Sprintf("%d | %d | %d | %s%% | %d of %d | %s%% | %d of %d | %s%% |", s.files, s.right, s.wrong, num(s.precision),
		s.found, s.defects, num(s.recall), s.majorsFound, s.majors, num(s.rm))
}

// matchDefects tells which defects a right finding catches, each finding
// catching one defect at most: a maximum bipartite matching of rows to
// the right findings at their line and of one of their rules, the major
// rows tried first so that as many of them as can be are caught.
func matchDefects(defects []heldoutDefect, rightAt map[string]int) []bool {
	type slot struct {
		key string
		n   int
	}
	owner := map[slot]int{} // finding slot -> defect index
	var try func(i int, seen map[slot]bool) bool
	try = func(i int, seen map[slot]bool) bool {
		for _, r := range defects[i].rules {
			k := defects[i].key + " " + r
			for n := 0; n < rightAt[k]; n++ {
				sl := slot{k, n}
				if seen[sl] {
					continue
				}
				seen[sl] = true
				j, taken := owner[sl]
				if !taken || try(j, seen) {
					owner[sl] = i
					return true
				}
			}
		}
		return false
	}
	order := make([]int, len(defects))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return defects[order[a]].major && !defects[order[b]].major })
	for _, i := range order {
		try(i, map[slot]bool{})
	}
	out := make([]bool, len(defects))
	for _, i := range owner {
		out[i] = true
	}
	return out
}

// readHeldoutDefects reads defects.tsv, whose defect text starts with the
// judge's call, "[major]" or "[other]", and gives each row's file beside it.
func readHeldoutDefects(t *testing.T) ([]heldoutDefect, []string) {
	var out []heldoutDefect
	var files []string
	for _, f := range readTSVIn(t, wordHeldoutDir, "defects.tsv", 4) {
		d := heldoutDefect{key: f[0] + " " + f[1]}
		switch {
		case strings.HasPrefix(f[3], "[major]"):
			d.major = true
		case !strings.HasPrefix(f[3], "[other]"):
			t.Errorf("defects.tsv: %s: the defect starts with neither [major] nor [other]", d.key)
		}
		if _, err := os.Stat(filepath.Join(wordHeldoutDir, f[0])); err != nil {
			t.Errorf("defects.tsv: %s: no such file", d.key)
		}
		if f[2] != "-" {
			d.rules = strings.Fields(f[2])
		}
		for _, r := range d.rules {
			if _, ok := check.Lookup(r); !ok {
				t.Errorf("defects.tsv: %s names no rule %q", d.key, r)
			}
		}
		out = append(out, d)
		files = append(files, f[0])
	}
	return out, files
}

// heldoutRow is a pinned row of testdata/word-heldout/README.md's table:
// a file's figures as the rules now stand ("tuned" when the rules were
// fixed with sight of it, "blind" while nothing was), or the set's
// ("the set", "total"):
// "| hvktmm-phieu-giai-quyet-cv.docx | tuned | 1 | 19 | 0 | 100% | 14 of 31 | 45.2% | 9 of 12 | 75% |".
// A row of history (a file's first blind measure, once tuned) names its
// measure otherwise ("blind at 92dbaa45") and is not checked.
var heldoutRow = regexp.MustCompile(`(?m)^\| (\S+\.docx|the set) \| (?:tuned|blind|total) \| ((\d+) \| (\d+) \| (\d+) \| ([\d.]+)% \| (\d+) of (\d+) \| ([\d.]+)% \| (\d+) of (\d+) \| ([\d.]+)% \|)$`)

// checkHeldoutREADME requires the README's figures to be the ones measured:
// one pinned row for each file and one for the set.
func checkHeldoutREADME(t *testing.T, perFile map[string]*wordTally, total wordTally) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(wordHeldoutDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	for _, m := range heldoutRow.FindAllStringSubmatch(string(b), -1) {
		rows[m[1]] = append(rows[m[1]], m[2])
	}
	want := map[string]string{"the set": total.row()}
	for name, s := range perFile {
		want[name] = s.row()
	}
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		switch rs := rows[name]; {
		case len(rs) == 0:
			t.Errorf("testdata/word-heldout/README.md has no pinned row for %s; it measures\n\t| %s | ... | %s", name, name, want[name])
		case len(rs) > 1:
			t.Errorf("testdata/word-heldout/README.md has %d pinned rows for %s", len(rs), name)
		case rs[0] != want[name]:
			t.Errorf("testdata/word-heldout/README.md says for %s\n\t%s\nbut it measures\n\t%s", name, rs[0], want[name])
		}
	}
	for name := range rows {
		if _, ok := want[name]; !ok {
			t.Errorf("testdata/word-heldout/README.md pins a row for %s, which is not in the set", name)
		}
	}
}
