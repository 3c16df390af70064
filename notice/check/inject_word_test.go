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

func readWordInjections(t *testing.T, dir string) []wordInjection {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "injections.tsv"))
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
	if in.scope == "every" { // a text box's Choice and its VML Fallback alike
		if !strings.Contains(xml, in.old) || in.old == "" {
			return nil, fmt.Errorf("%s does not hold %q", in.part, in.old)
		}
		return zipWith(base, in.part, strings.ReplaceAll(xml, in.old, in.new)), nil
	}
	i, j, err := scopeOf(xml, in.scope)
	if err != nil {
		return nil, err
	}
	k := strings.Index(xml[i:j], in.old)
	if k < 0 || in.old == "" {
		return nil, fmt.Errorf("%s in %s does not hold %q", in.scope, in.part, in.old)
	}
	return zipWith(base, in.part, xml[:i+k]+in.new+xml[i+k+len(in.old):]), nil
}

// zipWith zips the base's parts with one of them rewritten.
func zipWith(base map[string]string, part, xml string) []byte {
	parts := map[string]string{}
	for n, p := range base {
		parts[n] = p
	}
	parts[part] = xml
	return docxtest.Zip(parts)
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

// wordInjectBasePath finds a base among the lawful Word files (p75b's
// first, then w76's, w78's and w79's) and the probe's real files.
func wordInjectBasePath(name string) string {
	for _, d := range wordLawfulDirs {
		if p := filepath.Join(d.dir, name); fileExists(p) {
			return p
		}
	}
	return filepath.Join(injectWordDir, "bases", name)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func loadWordInjectBase(t *testing.T, name string) *wordInjectBase {
	t.Helper()
	src, err := os.ReadFile(wordInjectBasePath(name))
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
func saidElsewhere(got, base diag.List, rule string, line int, toBase func(int) int) string {
	said := saidBy(got, base, line, line, toBase(line))
	seen := map[int]bool{}
	var at []string
	for _, f := range got {
		if f.Rule == rule && f.Pos.Line != line && !seen[f.Pos.Line] && countAt(got, rule, f.Pos.Line) > countAt(base, rule, toBase(f.Pos.Line)) {
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
	runWordProbe(t, wordProbe{
		dir: injectWordDir, by: "shape", update: *updateInjectWord, flag: "-update-inject-word",
		locate: layoutLine,
	})
}

// layoutLine: a layout defect leaves its line's text as it was (its case
// aside), so the line holding at in the base's listing is the defect's in
// both.
func layoutLine(in wordInjection, b *wordInjectBase, lines []string) (int, func(int) int, error) {
	line := lineOf(b.lines, in.at)
	if line == 0 || line > len(lines) || !sameLine(lines[line-1], b.lines[line-1], in.at) {
		return 0, nil, fmt.Errorf("no line of the base holds %q, or the defect moved it", in.at)
	}
	return line, func(l int) int { return l }, nil
}

// wordProbe is a probe of defects written into lawful Word files: where
// its list and golden stand, what its fifth column counts by, its update
// flag, how the defect's line is found in the injected listing, and
// which line of the base's each line of it stands for (0: none).
type wordProbe struct {
	dir, by, flag string
	update        bool
	locate        func(in wordInjection, b *wordInjectBase, lines []string) (line int, toBase func(int) int, err error)
}

type probeTally struct{ found, all int }

// runWordProbe injects each defect of the probe's list, checks the file,
// and compares what was found with the probe's found.golden.
func runWordProbe(t *testing.T, p wordProbe) {
	t.Helper()
	ins := readWordInjections(t, p.dir)
	if len(ins) < 50 {
		t.Fatalf("only %d injections", len(ins))
	}
	bases := map[string]*wordInjectBase{}
	var rows []string
	byRule, byShape := map[string]*probeTally{}, map[string]*probeTally{}
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
		line, toBase, err := p.locate(in, b, lines)
		if err != nil {
			t.Fatalf("%s: %v", in.id, err)
		}
		found := countAt(got, in.rule, line) > countAt(b.findings, in.rule, toBase(line))
		word := "found"
		if !found {
			word = "missed" + saidElsewhere(got, b.findings, in.rule, line, toBase)
		}
		rows = append(rows, fmt.Sprintf("%s\t%s\t%s\t%s\t%s", in.id, in.base, in.rule, in.shape, word))
		byRule[in.rule] = byRule[in.rule].add(found)
		byShape[in.shape] = byShape[in.shape].add(found)
	}
	out := probeSummary(byRule, byShape, p.by) + "# each injection\n" + strings.Join(rows, "\n") + "\n"
	golden := filepath.Join(p.dir, "found.golden")
	if p.update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != out {
		t.Errorf("%s differs from the probe's findings (rerun with %s and review the diff):\n%s", golden, p.flag, lineDiff(string(want), out))
	}
}

func (n *probeTally) add(found bool) *probeTally {
	if n == nil {
		n = &probeTally{}
	}
	n.all++
	if found {
		n.found++
	}
	return n
}

// probeSummary writes the total, then found/injected by rule and by the
// fifth column.
func probeSummary(byRule, byShape map[string]*probeTally, by string) string {
	var out strings.Builder
	summary := func(title string, m map[string]*probeTally) {
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
	summary("by "+by, byShape)
	return out.String()
}
