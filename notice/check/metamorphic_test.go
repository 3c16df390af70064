package check_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

var metamorphicAll = flag.Bool("metamorphic", false, "serve every dev corpus text every way of metamorphic_serve_test.go and list the findings that come or go")

// shift is a finding a way of serving adds to a text or takes from it.
type shift struct {
	file, serve, rule string
	line              int    // in the original text
	servedLine        string // the served line it is on (an added finding)
	msg               string
}

// servedFindings are what check says of one text served one way, set
// against what it says of the original: the findings only the served
// text gets (added), those only the original gets (lost), and those that
// moved to a line of the served text near their own (moved).
type servedFindings struct {
	added, lost []shift
	moved       int
}

// TestMetamorphicAll serves every dev text every way and lists each
// finding that comes or goes, with a table by way and rule. It runs only
// with -metamorphic (about half a minute); TestMetamorphicPinned keeps the
// ways the reader survives.
func TestMetamorphicAll(t *testing.T) {
	if !*metamorphicAll {
		t.Skip("run with -metamorphic")
	}
	byServe := map[string]*servedFindings{}
	for _, sv := range serves {
		byServe[sv.name] = &servedFindings{}
	}
	for _, rel := range corpusFiles(t) {
		if setOf(rel) != "dev" {
			continue
		}
		eachServed(t, rel, func(sv serve, d servedFindings) {
			b := byServe[sv.name]
			b.added = append(b.added, d.added...)
			b.lost = append(b.lost, d.lost...)
			b.moved += d.moved
		})
	}
	for _, sv := range serves {
		b := byServe[sv.name]
		t.Logf("%-16s added %3d  lost %3d  moved %3d  added by rule: %s", sv.name, len(b.added), len(b.lost), b.moved, countRules(b.added))
	}
	for _, sv := range serves {
		for _, s := range byServe[sv.name].added {
			t.Logf("added %s %s:%d %s: %s | %q", s.serve, s.file, s.line, s.rule, s.msg, s.servedLine)
		}
		for _, s := range byServe[sv.name].lost {
			t.Logf("lost %s %s:%d %s: %s", s.serve, s.file, s.line, s.rule, s.msg)
		}
	}
}

func countRules(ss []shift) string {
	n := map[string]int{}
	for _, s := range ss {
		n[s.rule]++
	}
	var out []string
	for r, k := range n {
		out = append(out, fmt.Sprintf("%s %d", r, k))
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// readsAsColumns reports whether the reader takes the text for
// pdftotext's columns.
func readsAsColumns(rel string, src []byte) bool {
	f, err := plain.Read(rel, src)
	return err == nil && f.Layout == plain.Columns
}

func readCorpus(t *testing.T, rel string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(corpusDir, rel))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// checkSource checks a text, from its bytes, as checkCorpus does.
func checkSource(t *testing.T, rel string, src []byte) diag.List {
	t.Helper()
	f, err := plain.Read(rel, src)
	var refused diag.List
	if errors.As(err, &refused) {
		// A text the reader refuses (a passage in an encoding of before
		// Unicode, a binary file) gets what check tells a clerk of it: its
		// findings, and nothing else, judged as any other.
		return refused
	}
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return check.Text(f, nil, check.Options{})
}

// eachServed serves the dev text rel every way that fits it (the ways
// of prose not for a text in pdftotext's columns) and hands each way's
// findings, set against the original's, to fn.
func eachServed(t *testing.T, rel string, fn func(serve, servedFindings)) {
	t.Helper()
	src := readCorpus(t, rel)
	orig := checkSource(t, rel, src)
	columns := readsAsColumns(rel, src)
	for _, sv := range serves {
		if sv.prose && columns {
			continue
		}
		fn(sv, compareServed(rel, sv, orig, src, t))
	}
}

// compareServed serves src one way, checks it, and sets its findings
// against orig's by rule and original line.
func compareServed(rel string, sv serve, orig diag.List, src []byte, t *testing.T) servedFindings {
	lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	s := sv.apply(lines)
	got := checkSource(t, rel, s.text())
	used := make([]bool, len(orig))
	match := func(f diag.Finding, lines []int) bool {
		for i, o := range orig {
			if used[i] || o.Rule != f.Rule || !containsInt(lines, o.Pos.Line) {
				continue
			}
			used[i] = true
			return true
		}
		return false
	}
	var d servedFindings
	var unmatched []diag.Finding
	for _, f := range got {
		if !match(f, s.origin(f.Pos.Line)) {
			unmatched = append(unmatched, f)
		}
	}
	for _, f := range unmatched {
		if match(f, s.near(f.Pos.Line, 3)) {
			d.moved++
			continue
		}
		sl := ""
		if f.Pos.Line >= 1 && f.Pos.Line <= len(s.lines) {
			sl = s.lines[f.Pos.Line-1]
		}
		d.added = append(d.added, shift{rel, sv.name, f.Rule, firstInt(s.origin(f.Pos.Line)), sl, f.Message.VI})
	}
	for i, o := range orig {
		if !used[i] {
			d.lost = append(d.lost, shift{rel, sv.name, o.Rule, o.Pos.Line, "", o.Message.VI})
		}
	}
	return d
}

// origin returns the original lines served line n (1-based) was made
// from; line 0, a finding on the whole file, is line 0.
func (s served) origin(n int) []int {
	if n < 1 || n > len(s.from) {
		return []int{n}
	}
	return s.from[n-1]
}

// near returns the original lines within d lines of those served line n
// was made from, or of the nearest served lines that have one.
func (s served) near(n, d int) []int {
	var base []int
	if n < 1 || n > len(s.from) {
		base = []int{n}
	}
	for k := 0; k < len(s.from) && len(base) == 0; k++ {
		for _, m := range []int{n - k, n + k} {
			if m >= 1 && m <= len(s.from) {
				base = append(base, s.from[m-1]...)
			}
		}
	}
	var out []int
	for _, b := range base {
		for i := b - d; i <= b+d; i++ {
			out = append(out, i)
		}
	}
	return out
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func firstInt(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0]
}
