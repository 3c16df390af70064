package check_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/plain"
)

const injectDir = "../../testdata/inject"

var updateInject = flag.Bool("update-inject", false, "rewrite testdata/inject/found.golden from the probe's findings of now")

// injection is one defect written into a lawful base text: op "sub"
// replaces the first old in the first line holding anchor by new; op "ins"
// puts new as a line of its own after that line. The defect is found when
// rule gives a finding on the line changed (or inserted) that the base did
// not have there.
type injection struct {
	id, base, rule, context, op, anchor, old, new string
}

func readInjections(t *testing.T) []injection {
	t.Helper()
	f, err := os.Open(filepath.Join(injectDir, "injections.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var list []injection
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 8 {
			t.Fatalf("injections.tsv:%d: %d columns, want 8", n, len(c))
		}
		for i := range c {
			c[i] = unescapeCell(c[i])
		}
		list = append(list, injection{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]})
	}
	return list
}

// unescapeCell reads a cell's escapes: `\t` a tab, `\n` a line break
// (a line a PDF viewer broke, a page's end), `\r` a carriage return (a
// Word export's line ends), `\f` a form feed (pdftotext's page break).
func unescapeCell(c string) string {
	return strings.NewReplacer(`\t`, "\t", `\n`, "\n", `\r`, "\r", `\f`, "\f").Replace(c)
}

// apply writes the defect into the base's lines and says which lines
// (1-based, from line to last: a defect whose new words hold a line break
// spans more than one) carry it and which line of the base it stands for
// (0 for an inserted line).
func (in injection) apply(lines []string) (out []string, line, last, baseLine int, err error) {
	// An anchor of k line breaks picks the k+1 lines that hold it, read
	// as one (a defect a viewer's wrap cuts: "trước" / "ngày 15 ...").
	n := strings.Count(in.anchor, "\n") + 1
	at := -1
	for i := 0; i+n <= len(lines); i++ {
		if strings.Contains(strings.Join(lines[i:i+n], "\n"), in.anchor) {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, 0, 0, 0, fmt.Errorf("no line holds %q", in.anchor)
	}
	out = append([]string(nil), lines[:at]...)
	switch in.op {
	case "sub":
		block := strings.Join(lines[at:at+n], "\n")
		if !strings.Contains(block, in.old) || in.old == "" {
			return nil, 0, 0, 0, fmt.Errorf("line %d does not hold %q", at+1, in.old)
		}
		split := strings.Split(strings.Replace(block, in.old, in.new, 1), "\n")
		out = append(out, append(split, lines[at+n:]...)...)
		return out, at + 1, at + len(split), at + 1, nil
	case "ins":
		split := strings.Split(in.new, "\n")
		out = append(out, lines[at:at+n]...)
		out = append(out, append(split, lines[at+n:]...)...)
		return out, at + n + 1, at + n + len(split), 0, nil
	}
	return nil, 0, 0, 0, fmt.Errorf("no such op %q", in.op)
}

func checkInjected(t *testing.T, path string, lines []string) diag.List {
	t.Helper()
	f, err := plain.Read(path, []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	today, _ := cite.ParseISO("2026-12-05")
	return check.Text(f, nil, check.Options{Today: today})
}

// saidBy names the other rules that said something new on the lines of a
// missed defect: " (said by official-name)", or "".
func saidBy(got, base diag.List, line, last, baseLine int) string {
	seen := map[string]bool{}
	var rules []string
	for _, f := range got {
		if f.Pos.Line >= line && f.Pos.Line <= last && !seen[f.Rule] && countIn(got, f.Rule, line, last) > countAt(base, f.Rule, baseLine) {
			seen[f.Rule] = true
			rules = append(rules, f.Rule)
		}
	}
	if len(rules) == 0 {
		return ""
	}
	sort.Strings(rules)
	return " (said by " + strings.Join(rules, " ") + ")"
}

// countIn counts the rule's findings on the lines from line to last.
func countIn(list diag.List, rule string, line, last int) int {
	n := 0
	for l := line; l <= last; l++ {
		n += countAt(list, rule, l)
	}
	return n
}

func countAt(list diag.List, rule string, line int) int {
	n := 0
	for _, f := range list {
		if f.Rule == rule && f.Pos.Line == line {
			n++
		}
	}
	return n
}

// TestInjectedDefects writes each defect of testdata/inject/injections.tsv
// into its lawful base, checks the text, and pins which were found (the
// named rule on the line of the defect) in found.golden: a rule that loses
// reach fails here.
func TestInjectedDefects(t *testing.T) {
	ins := readInjections(t)
	if len(ins) < 50 {
		t.Fatalf("only %d injections", len(ins))
	}
	bases := map[string][]string{}
	baseFindings := map[string]diag.List{}
	var rows []string
	type tally struct{ found, all int }
	byRule, byContext := map[string]*tally{}, map[string]*tally{}
	for _, in := range ins {
		if _, ok := check.Lookup(in.rule); !ok {
			t.Fatalf("%s: no such rule %q", in.id, in.rule)
		}
		path := filepath.Join(injectDir, "bases", in.base)
		if _, ok := bases[path]; !ok {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			bases[path] = strings.Split(string(raw), "\n")
			baseFindings[path] = checkInjected(t, path, bases[path])
		}
		lines, line, last, baseLine, err := in.apply(bases[path])
		if err != nil {
			t.Fatalf("%s: %v", in.id, err)
		}
		got := checkInjected(t, path, lines)
		found := countIn(got, in.rule, line, last) > countAt(baseFindings[path], in.rule, baseLine)
		word := "found"
		if !found {
			word = "missed" + saidBy(got, baseFindings[path], line, last, baseLine)
		}
		rows = append(rows, fmt.Sprintf("%s\t%s\t%s\t%s", in.id, in.rule, in.context, word))
		add := func(m map[string]*tally, k string) {
			if m[k] == nil {
				m[k] = &tally{}
			}
			m[k].all++
			if found {
				m[k].found++
			}
		}
		add(byRule, in.rule)
		add(byContext, in.context)
	}
	var b strings.Builder
	summary := func(title string, m map[string]*tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&b, "# %s: found/injected\n", title)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s\t%d/%d\n", k, m[k].found, m[k].all)
		}
	}
	all, found := 0, 0
	for _, v := range byRule {
		all += v.all
		found += v.found
	}
	fmt.Fprintf(&b, "# total: %d/%d found\n", found, all)
	summary("by rule", byRule)
	summary("by context", byContext)
	b.WriteString("# each injection\n")
	b.WriteString(strings.Join(rows, "\n") + "\n")
	golden := filepath.Join(injectDir, "found.golden")
	if *updateInject {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != b.String() {
		t.Errorf("found.golden differs from the probe's findings (rerun with -update-inject and review the diff):\n%s", lineDiff(string(want), b.String()))
	}
}

// lineDiff names the lines of want and got that the other lacks.
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
