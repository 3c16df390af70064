package check_test

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var updateMetamorphic = flag.Bool("update-metamorphic", false, "rewrite testdata/metamorphic/pinned.tsv from the sample's texts each way of serving leaves alone")

const pinnedPath = "../../testdata/metamorphic/pinned.tsv"

// pinnedEvery sets the share of the dev set the pinned test serves, one
// text in pinnedEvery, so that the test stays a few seconds long.
const pinnedEvery = 9

// pinnedSample reports whether the dev text rel is in the pinned sample.
// The choice hangs on the text's name alone, not on its place in the
// list: a round joining the dev set adds its own texts to the sample and
// leaves the texts chosen before where they were.
func pinnedSample(rel string) bool {
	h := fnv.New32a()
	h.Write([]byte(rel))
	return h.Sum32()%pinnedEvery == 0
}

// TestMetamorphicPinned serves each text of testdata/metamorphic/pinned.tsv
// each way its rows name and fails on any finding the served text gets
// that the original does not: the ways of serving the reader survives on
// those texts stay survived. -update-metamorphic rewrites the list from
// a sample of the dev set (pinnedSample) and every way of
// serving, keeping the pairs with no finding added.
func TestMetamorphicPinned(t *testing.T) {
	if *updateMetamorphic {
		writePinned(t)
	}
	pairs := readPinned(t)
	byName := map[string]serve{}
	for _, sv := range serves {
		byName[sv.name] = sv
	}
	files := make([]string, 0, len(pairs))
	for f := range pairs {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, rel := range files {
		src := readCorpus(t, rel)
		orig := checkSource(t, rel, src)
		for _, name := range pairs[rel] {
			sv, ok := byName[name]
			if !ok {
				t.Errorf("%s: no way of serving is named %q", pinnedPath, name)
				continue
			}
			for _, s := range compareServed(rel, sv, orig, src, t).added {
				t.Errorf("%s served %s: %s:%d %s: %s (on %q)", rel, name, rel, s.line, s.rule, s.msg, s.servedLine)
			}
		}
	}
}

// readPinned reads the pairs of pinned.tsv: a text and the ways of
// serving it that add no finding.
func readPinned(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open(pinnedPath)
	if err != nil {
		t.Fatalf("read pinned ways of serving: %v", err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 2 {
			t.Fatalf("%s: %q is not \"file<TAB>way\"", pinnedPath, line)
		}
		out[cols[0]] = append(out[cols[0]], cols[1])
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read pinned ways of serving: %v", err)
	}
	if len(out) == 0 {
		t.Fatalf("%s pins nothing", pinnedPath)
	}
	return out
}

// writePinned serves each dev text of the sample every way and writes
// the pairs that add no finding.
func writePinned(t *testing.T) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# Texts of the dev set and the ways of serving them (metamorphic_serve_test.go) that add no\n")
	b.WriteString("# finding to the original's: TestMetamorphicPinned fails when one does. Written by\n")
	b.WriteString("# go test ./notice/check -run TestMetamorphicPinned -update-metamorphic (one dev text in nine, by name).\n")
	b.WriteString("# file\tway\n")
	n := 0
	for _, rel := range devFiles(t) {
		if !pinnedSample(rel) {
			continue
		}
		eachServed(t, rel, func(sv serve, d servedFindings) {
			if len(d.added) == 0 {
				fmt.Fprintf(&b, "%s\t%s\n", rel, sv.name)
				n++
			}
		})
	}
	if err := os.MkdirAll(filepath.Dir(pinnedPath), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pinnedPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("pinned %d pairs", n)
}

// devFiles lists the dev set's texts.
func devFiles(t *testing.T) []string {
	var out []string
	for _, rel := range corpusFiles(t) {
		if setOf(rel) == "dev" {
			out = append(out, rel)
		}
	}
	return out
}
