package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// proseDir holds carefully edited official Vietnamese (laws, decrees,
// circulars and resolutions as published, a ministry's news): lawful
// wording that the rules reading body prose must not call a slip.
const proseDir = "../../testdata/prose"

// proseLabel is the judgement of one finding on a text of proseDir.
type proseLabel struct {
	key, verdict string // key: "file line rule"
}

// TestLawfulProse checks every text of testdata/prose and holds each
// finding against its label (testdata/prose/labels.tsv), as
// TestCorpusPrecisionRecall does for the corpus: a finding with no label
// fails, a label of a finding check no longer gives fails (its verdict
// must be changed: a wrong finding fixed is "fixed"), and a finding
// labelled "fixed" (a wrong one some change removed) fails when it comes
// back.
func TestLawfulProse(t *testing.T) {
	labels := readProseLabels(t)
	got := map[string][]string{} // "file line rule" -> one message per finding
	for _, name := range proseFiles(t) {
		src, err := os.ReadFile(filepath.Join(proseDir, name))
		if err != nil {
			t.Fatal(err)
		}
		f, err := plain.Read(name, src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, d := range check.Text(f, nil, check.Options{}) {
			k := fmt.Sprintf("%s %d %s", name, d.Pos.Line, d.Rule)
			got[k] = append(got[k], d.Message.VI)
		}
	}
	used := map[string]int{}
	fixed := map[string]bool{}
	count := map[string]int{}
	for _, l := range labels {
		switch l.verdict {
		case "fixed":
			fixed[l.key] = true
			continue
		case "right", "wrong", "type", "excerpt":
		default:
			t.Errorf("labels.tsv: %s: verdict %q is none of right, wrong, type, excerpt, fixed", l.key, l.verdict)
			continue
		}
		used[l.key]++
		if used[l.key] > len(got[l.key]) {
			t.Errorf("labels.tsv: %s is labelled %s but check gives no such finding (any more)", l.key, l.verdict)
			continue
		}
		count[l.verdict]++
	}
	var extra []string
	for k, ms := range got {
		for i := used[k]; i < len(ms); i++ {
			if fixed[k] {
				extra = append(extra, "a wrong finding fixed before is back: "+k+": "+ms[i])
			} else {
				extra = append(extra, "finding with no label in testdata/prose/labels.tsv: "+k+": "+ms[i])
			}
		}
	}
	sort.Strings(extra)
	for _, e := range extra {
		t.Error(e)
	}
	t.Logf("lawful prose: %d findings right, %d wrong, %d of another type's form, %d of a cut excerpt; precision %.1f%%; %d wrong findings fixed",
		count["right"], count["wrong"], count["type"], count["excerpt"], percent(count["right"], count["right"]+count["wrong"]), len(fixed))
}

// proseFiles lists the texts of proseDir.
func proseFiles(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(proseDir, "*.txt"))
	var out []string
	for _, p := range paths {
		out = append(out, filepath.Base(p))
	}
	sort.Strings(out)
	if len(out) < 15 {
		t.Fatalf("only %d texts in %s", len(out), proseDir)
	}
	return out
}

// readProseLabels reads testdata/prose/labels.tsv: file, line, rule,
// verdict, note.
func readProseLabels(t *testing.T) []proseLabel {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(proseDir, "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var out []proseLabel
	for i, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 5 {
			t.Fatalf("labels.tsv:%d: %d columns, want 5", i+1, len(f))
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			t.Fatalf("labels.tsv:%d: line %q: %v", i+1, f[1], err)
		}
		if _, err := os.Stat(filepath.Join(proseDir, f[0])); err != nil {
			t.Errorf("labels.tsv:%d: %s: no such text", i+1, f[0])
		}
		out = append(out, proseLabel{key: f[0] + " " + f[1] + " " + f[2], verdict: f[3]})
	}
	return out
}
