package tomlpos

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/thongbao/thongbao/notice/source"
)

// fastCases are documents fastParse must read as BurntSushi/toml does, or
// leave to it.
var fastCases = []string{
	"a = [1, {x = 2}]\n[[t]]\nb = 1\n[[t]]\n[t.c]\nd = 2020-01-02\n",
	"[a.b]\n[a]\nx=1\n", "[a]\n[a.b]\n[a]\n", "[a]\nb = 1\n[a.b]\n", "[[a]]\n[a]\n", "[a]\n[[a]]\n",
	"a = { x = 1, }\n", "a = { x = 1,\n y = 2 }\n", "a = {}\nb = []\nc = [\n# x\n1,\n]\n",
	"a = 0x10\n", "a = 'x\\y'\n", "a = 2024-02-30\n", "a = 2024-02-29\nb = 2023-02-29\n", "a = 2024-10-11 #x\n",
	"a = 2024-10-11 10:00:00\n", "a = 2024-10-11T10:00:00\n", "ä = 1\n", "a = \"\"\"x\"\"\"\"\n", "a = 1 b = 2\n",
	"a = 1#c\nb = true#c\nc = \"x\"#c\n", "a = +0\nb = -0\nc = 01\nd = 1_000\ne = 9223372036854775808\nf = -9223372036854775808\n",
	"a = \"\"\"\nx\ny\"\"\"\nb = '''\n\n'''\nc = \"\"\nd = ''\n", "a = \"x\ty\"\nb = \"x\x01\"\n", "# c\x7f\n", "a.b = 1\n", "\"a\" = 1\n",
	"a = 1\na = 2\n", "[a]\n[a]\n", "[ a ]\n", "[a.]\n", "[[a]\n", "a = [1,,2]\n", "a = [,]\n", "a = { a = 1, a = 2 }\n",
	"a = {b = {c = [1, 2]}}\n[x]\ny = {z = 1}\n[x.y.w]\n", "a = true\nb = false\nc = truex\n", "\xef\xbb\xbfa = 1\n", "a = 1\r\n",
	"[[a.b]]\nx = 1\n[[a.b]]\n[a.b.c]\ny = 2\n[[a]]\n", "a = [\n  \"x\",\n  \"y\", # c\n]\n", "a = 2024-1-1\n", "a = 1979-05-27\n",
	"a = [ [1, 2] , { x = 'y', z = [true] } ,\n \"\"\"\nq\"\"\" ]  # c\nb = 2024-10-11   \n[[t.u]]\n[[t.u]]\nv = {}\n",
	"a = " + strings.Repeat("[", maxValueDepth) + strings.Repeat("]", maxValueDepth) + "\n", "a = " + strings.Repeat("[", maxValueDepth+1) + strings.Repeat("]", maxValueDepth+1) + "\n",
	"a = 41.29\nb = -0.5\nc = 1.\nd = 1.5e3\ne = 01.5\nf = 0.0\ng = [1.25, 3]\nh = +1.0#c\n",
}

// TestFastParse holds fastParse to BurntSushi/toml on every TOML file of
// testdata and the cases above: when it reads a document, the parser
// reads it too, into the same tree, and the index it files is the one
// buildIndex makes of the text. The seeds must be read.
func TestFastParse(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../testdata/*/*.toml", "../../testdata/*/*/*.toml", "../*/testdata/*.toml", "../*/testdata/*/*.toml"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	read := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if sameAsParser(t, string(b)) {
			read++
		} else if strings.Contains(f, "/seeds/") {
			t.Errorf("%s: not read", f)
		}
	}
	if len(files) < 50 || read < len(files)/2 {
		t.Errorf("%d of %d files read", read, len(files))
	}
	for _, s := range fastCases {
		sameAsParser(t, s)
	}
}

// sameAsParser checks fastParse on s against BurntSushi/toml, and reports
// whether fastParse read it.
func sameAsParser(t *testing.T, s string) bool {
	t.Helper()
	if !utf8.ValidString(s) {
		return false // parseRaw gives such a text to the parser
	}
	got, idx, ps, ok := fastParse(s)
	if !ok {
		return false
	}
	if want := buildIndex(s); !reflect.DeepEqual(offsets(idx), offsets(want)) {
		t.Fatalf("%q: fastParse's index %s, buildIndex's %s", s, showIndex(idx), showIndex(want))
	}
	checkIndexFacts(t, s, idx)
	checkBuiltPaths(t, s, "", got, ps, idx)
	var want map[string]any
	if _, err := toml.Decode(s, &want); err != nil {
		t.Fatalf("%q: read by fastParse, not by the parser: %v", s, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: fastParse %#v, the parser %#v", s, got, want)
	}
	return true
}

// checkBuiltPaths holds the paths fastParse handed the decoder, for the
// value v at path and every value inside it, to the paths JoinKey and
// JoinIndex build, and their entries to the index's: each table's keys,
// each once, and each array's elements, in order.
func checkBuiltPaths(t *testing.T, s, path string, v any, ps *paths, idx index) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		keys, ok := ps.keys[path]
		if !ok || len(keys) != len(v) {
			t.Fatalf("%q: table %q: built keys %v, the table's %d", s, path, keys, len(v))
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if _, in := v[k.k]; !in || seen[k.k] || k.path != JoinKey(path, k.k) || k.off != -1 || k.e != idx[k.path] {
				t.Fatalf("%q: table %q: built key %+v, JoinKey %q, entry %p", s, path, k, JoinKey(path, k.k), idx[k.path])
			}
			seen[k.k] = true
			checkBuiltPaths(t, s, k.path, v[k.k], ps, idx)
		}
	case []map[string]any:
		checkElemPaths(t, s, path, len(v), ps, idx)
		for i, e := range v {
			checkBuiltPaths(t, s, JoinIndex(path, i), e, ps, idx)
		}
	case []any:
		checkElemPaths(t, s, path, len(v), ps, idx)
		for i, e := range v {
			checkBuiltPaths(t, s, JoinIndex(path, i), e, ps, idx)
		}
	}
}

func checkElemPaths(t *testing.T, s, path string, n int, ps *paths, idx index) {
	t.Helper()
	elems, ok := ps.elems[path]
	if !ok || len(elems) != n {
		t.Fatalf("%q: array %q: built paths %+v, the array's %d", s, path, elems, n)
	}
	for i, p := range elems {
		if p.path != JoinIndex(path, i) || p.e != idx[p.path] {
			t.Fatalf("%q: array %q: element %d built %+v, JoinIndex %q, entry %p", s, path, i, p, JoinIndex(path, i), idx[p.path])
		}
	}
}

// offsets is an index's places alone, without the facts fastParse files.
func offsets(idx index) map[string][3]int {
	m := make(map[string][3]int, len(idx))
	for p, e := range idx {
		m[p] = [3]int{e.keyOff, e.valOff, e.valEnd}
	}
	return m
}

// checkIndexFacts holds the facts fastParse filed to source.Inspect of
// each string value, read from its token by plainString: every string
// value has them, and no other value.
func checkIndexFacts(t *testing.T, s string, idx index) {
	t.Helper()
	for p, e := range idx {
		if e.valOff < 0 {
			if e.inspected {
				t.Fatalf("%q: table %s has facts", s, p)
			}
			continue
		}
		v, str := plainString(s[e.valOff:e.valEnd])
		if c := s[e.valOff]; (c == '"' || c == '\'') != e.inspected || e.inspected && !str {
			t.Fatalf("%q: %s %q: inspected %v", s, p, s[e.valOff:e.valEnd], e.inspected)
		}
		if e.inspected && e.facts != source.Inspect(v) {
			t.Fatalf("%q: %s: facts %+v, Inspect %+v", s, p, e.facts, source.Inspect(v))
		}
	}
}

// showIndex prints an index in the order of its paths.
func showIndex(idx index) string {
	var b strings.Builder
	for _, p := range slices.Sorted(maps.Keys(idx)) {
		e := idx[p]
		fmt.Fprintf(&b, "\n  %s %d %d %d", p, e.keyOff, e.valOff, e.valEnd)
	}
	return b.String()
}

// FuzzFastParse holds fastParse to BurntSushi/toml on any text.
func FuzzFastParse(f *testing.F) {
	for _, s := range fastCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameAsParser(t, s) })
}
