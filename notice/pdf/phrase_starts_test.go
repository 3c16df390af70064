package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// protectEveryPhrase is protect as it was before phraseStarts: every
// compound and unit tried at every word.
func protectEveryPhrase(ws []word) {
	toks := make([]token, len(ws))
	for i, w := range ws {
		toks[i] = tokenOf(w.text())
	}
	for i := 0; i+1 < len(toks); i++ {
		if pair(toks, i) {
			ws[i].glue = true
		}
	}
	for i := range toks {
		for _, c := range compounds {
			if matches(toks, i, c) {
				for k := i; k < i+len(c)-1; k++ {
					ws[k].glue = true
				}
			}
		}
		if n := longestAt(toks, i, units); n > 0 {
			glueUnit(ws, toks, i, n)
		}
	}
}

// TestProtectByFirstWord: protect, which tries only the compounds and
// units that start with each word, glues the same spaces as trying them
// all, on every line of the dev corpus's texts and on every phrase with
// the words around it written in other cases and marks.
func TestProtectByFirstWord(t *testing.T) {
	lines := []string{}
	for _, ps := range [][][]string{compounds, units, bodies, binding} {
		for _, p := range ps {
			s := strings.Join(p, " ")
			lines = append(lines, s, "ông "+s+" Quảng Ngãi", strings.ToUpper(s)+" A", "("+s+") Hà Nội", s+", Phan Thiết",
				"Chủ tịch "+s, "UBND "+s+" Lý Sơn")
		}
	}
	files, _ := filepath.Glob("../../testdata/corpus/round*/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus texts")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	tx := titleText(t)
	glues := 0
	for _, l := range lines {
		got, want := tx.words(plainRuns(l)), tx.words(plainRuns(l))
		protect(got)
		protectEveryPhrase(want)
		for i := range want {
			if got[i].glue != want[i].glue {
				t.Fatalf("%q: word %d (%q) glued %v, want %v", l, i, want[i].text(), got[i].glue, want[i].glue)
			}
			if want[i].glue {
				glues++
			}
		}
	}
	if glues < 1000 {
		t.Fatalf("only %d glued spaces in %d lines: the test reads too little", glues, len(lines))
	}
}
