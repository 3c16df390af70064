package check_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx/docxtest"
	"github.com/thongbao/thongbao/notice/reading"
)

const injectWordDir = "../../testdata/inject-word"

var updateInjectWord = flag.Bool("update-inject-word", false, "rewrite testdata/inject-word/found.golden from the layout probe's findings of now")

// wordInjection is one layout defect written into a lawful Word file: in
// the part named, within the scope (the paragraph or the run holding a
// text, a style, the document defaults, the part from a string on, the
// whole part), the first old is replaced by new. The defect is found when rule gives a finding on the
// base listing's line holding at ("-": the first line, where the page's
// findings stand) that the base did not have there.
type wordInjection struct {
	id, base, rule, shape, part, scope, old, new, at string
}

func readWordInjections(t *testing.T) []wordInjection {
	t.Helper()
	f, err := os.Open(filepath.Join(injectWordDir, "injections.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var list []wordInjection
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 9 {
			t.Fatalf("injections.tsv:%d: %d columns, want 9", n, len(c))
		}
		list = append(list, wordInjection{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]})
	}
	return list
}

// unzipParts reads every part of a .docx as a string.
func unzipParts(src []byte) (map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("open zip: %w", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f.Name, err)
		}
		parts[f.Name] = string(b)
	}
	return parts, nil
}

var (
	xmlTagRe = regexp.MustCompile(`<[^>]*>`)
	elemRe   = map[string]*regexp.Regexp{
		"p": regexp.MustCompile(`<w:p[ >/]|</w:p>`),
		"r": regexp.MustCompile(`<w:r[ >/]|</w:r>`),
	}
)

// elemSpans lists the [start, end) of every w:p (or w:r) element of xml,
// nested ones (a text box's paragraphs inside a body paragraph) included.
func elemSpans(xml, tag string) [][2]int {
	var spans [][2]int
	var open []int
	for _, m := range elemRe[tag].FindAllStringIndex(xml, -1) {
		if xml[m[0]+1] == '/' {
			if n := len(open); n > 0 {
				spans = append(spans, [2]int{open[n-1], m[1]})
				open = open[:n-1]
			}
			continue
		}
		if end := strings.IndexByte(xml[m[0]:], '>'); xml[m[0]+end-1] == '/' {
			continue // an empty element
		}
		open = append(open, m[0])
	}
	return spans
}

// scopeOf finds the span of xml an injection edits.
func scopeOf(xml, scope string) (int, int, error) {
	kind, arg, _ := strings.Cut(scope, ":")
	switch kind {
	case "part":
		return 0, len(xml), nil
	case "after":
		i := strings.Index(xml, arg)
		if i < 0 {
			return 0, 0, fmt.Errorf("no %q", arg)
		}
		return i, len(xml), nil
	case "defaults":
		i, j := strings.Index(xml, "<w:docDefaults>"), strings.Index(xml, "</w:docDefaults>")
		if i < 0 || j < 0 {
			return 0, 0, fmt.Errorf("no docDefaults")
		}
		return i, j, nil
	case "style":
		i := strings.Index(xml, `w:styleId="`+arg+`"`)
		if i < 0 {
			return 0, 0, fmt.Errorf("no style %q", arg)
		}
		i = strings.LastIndex(xml[:i], "<w:style ")
		return i, i + strings.Index(xml[i:], "</w:style>"), nil
	case "para", "run":
		best := [2]int{-1, -1}
		for _, s := range elemSpans(xml, kind[:1]) {
			if strings.Contains(xmlTagRe.ReplaceAllString(xml[s[0]:s[1]], ""), arg) && (best[0] < 0 || s[1]-s[0] < best[1]-best[0]) {
				best = s
			}
		}
		if best[0] < 0 {
			return 0, 0, fmt.Errorf("no %s holds %q", kind, arg)
		}
		return best[0], best[1], nil
	}
	return 0, 0, fmt.Errorf("no such scope %q", scope)
}

// inject writes the defect into a copy of the base's parts.
func (in wordInjection) inject(base map[string]string) ([]byte, error) {
	xml, ok := base[in.part]
	if !ok {
		return nil, fmt.Errorf("no part %s", in.part)
	}
	i, j, err := scopeOf(xml, in.scope)
	if err != nil {
		return nil, err
	}
	k := strings.Index(xml[i:j], in.old)
	if k < 0 || in.old == "" {
		return nil, fmt.Errorf("%s in %s does not hold %q", in.scope, in.part, in.old)
	}
	parts := map[string]string{}
	for n, p := range base {
		parts[n] = p
	}
	parts[in.part] = xml[:i+k] + in.new + xml[i+k+len(in.old):]
	return docxtest.Zip(parts), nil
}

// wordInjectBase is a base's parts, findings and listing.
type wordInjectBase struct {
	parts    map[string]string
	findings diag.List
	lines    []string
}

func checkWordBytes(t *testing.T, path string, src []byte) (diag.List, []string) {
	t.Helper()
	r, err := reading.Read(path, src)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	today, _ := cite.ParseISO("2026-12-05")
	return check.Reading(r, nil, check.Options{Today: today}), strings.Split(r.Listing.CheckText(), "\n")
}

func loadWordInjectBase(t *testing.T, name string) *wordInjectBase {
	t.Helper()
	path := filepath.Join(wordLawfulDirs[0].dir, name) // p75b
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(injectWordDir, "bases", name)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := unzipParts(src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b := &wordInjectBase{parts: parts}
	b.findings, b.lines = checkWordBytes(t, name, src)
	return b
}

// lineOf is the first line of the listing holding s, 1 for "-".
func lineOf(lines []string, s string) int {
	if s == "-" {
		return 1
	}
	for i, l := range lines {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	return 0
}

// sameLine: the line of the defect stands where it stood in the base, its
// text changed at most in case (capitals made by w:caps).
func sameLine(got, base, at string) bool {
	return at == "-" || strings.EqualFold(got, base)
}

// saidElsewhere names the new findings of a missed defect: the rules that
// spoke on its line, and the named rule's findings on another line.
func saidElsewhere(got, base diag.List, rule string, line int) string {
	said := saidBy(got, base, line, line, line)
	seen := map[int]bool{}
	var at []string
	for _, f := range got {
		if f.Rule == rule && f.Pos.Line != line && !seen[f.Pos.Line] && countAt(got, rule, f.Pos.Line) > countAt(base, rule, f.Pos.Line) {
			seen[f.Pos.Line] = true
			at = append(at, fmt.Sprint(f.Pos.Line))
		}
	}
	if len(at) > 0 {
		said += " (" + rule + " on line " + strings.Join(at, ", ") + ")"
	}
	return said
}

// TestInjectedWordLayout writes each layout defect of
// testdata/inject-word/injections.tsv into its lawful Word file, checks
// the file, and pins which were found (the named rule on the line of the
// defect) in found.golden, by rule, by the producer's shape, and one row
// per injection.
func TestInjectedWordLayout(t *testing.T) {
	ins := readWordInjections(t)
	if len(ins) < 50 {
		t.Fatalf("only %d injections", len(ins))
	}
	bases := map[string]*wordInjectBase{}
	var rows []string
	type tally struct{ found, all int }
	byRule, byShape := map[string]*tally{}, map[string]*tally{}
	ids := map[string]bool{}
	for _, in := range ins {
		if ids[in.id] {
			t.Fatalf("%s: id twice", in.id)
		}
		ids[in.id] = true
		if _, ok := check.Lookup(in.rule); !ok {
			t.Fatalf("%s: no such rule %q", in.id, in.rule)
		}
		b := bases[in.base]
		if b == nil {
			b = loadWordInjectBase(t, in.base)
			bases[in.base] = b
		}
		src, err := in.inject(b.parts)
		if err != nil {
			t.Fatalf("%s: %v", in.id, err)
		}
		got, lines := checkWordBytes(t, in.base, src)
		line := lineOf(b.lines, in.at)
		if line == 0 || line > len(lines) || !sameLine(lines[line-1], b.lines[line-1], in.at) {
			t.Fatalf("%s: no line of the base holds %q, or the defect moved it", in.id, in.at)
		}
		found := countAt(got, in.rule, line) > countAt(b.findings, in.rule, line)
		word := "found"
		if !found {
			word = "missed" + saidElsewhere(got, b.findings, in.rule, line)
		}
		rows = append(rows, fmt.Sprintf("%s\t%s\t%s\t%s\t%s", in.id, in.base, in.rule, in.shape, word))
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
		add(byShape, in.shape)
	}
	var out strings.Builder
	summary := func(title string, m map[string]*tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(&out, "# %s: found/injected\n", title)
		for _, k := range keys {
			fmt.Fprintf(&out, "%s\t%d/%d\n", k, m[k].found, m[k].all)
		}
	}
	all, found := 0, 0
	for _, v := range byRule {
		all += v.all
		found += v.found
	}
	fmt.Fprintf(&out, "# total: %d/%d found\n", found, all)
	summary("by rule", byRule)
	summary("by shape", byShape)
	out.WriteString("# each injection\n")
	out.WriteString(strings.Join(rows, "\n") + "\n")
	golden := filepath.Join(injectWordDir, "found.golden")
	if *updateInjectWord {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != out.String() {
		t.Errorf("found.golden differs from the layout probe's findings (rerun with -update-inject-word and review the diff):\n%s", lineDiff(string(want), out.String()))
	}
}
