package cite

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// markerExpr is the expression markerEnd reads by hand.
var markerExpr = regexp.MustCompile(`^(?:([IVXL]{1,6})\.|(\d{1,2}(?:\.\d{1,2})+)\.?|(\d{1,3})\.|([a-zđ]{1,2})\)|(-)|(\+))(?:[ \t\x{00A0}]+|$|(\p{L}))`)

// TestMarkerEndAsExpression holds markerEnd to markerExpr (the match's
// end and the letter's group) on every line of testdata's text files,
// trimmed and not, each tail of its first 12 bytes, and 200,000 texts
// made of the markers' pieces.
func TestMarkerEndAsExpression(t *testing.T) {
	var texts []string
	err := filepath.WalkDir("../../testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".txt", ".toml", ".md", ".tsv":
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, l := range strings.Split(string(b), "\n") {
			texts = append(texts, l, strings.TrimSpace(l))
			for i := 1; i < min(12, len(l)); i++ {
				texts = append(texts, l[i:])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pieces := []string{"I", "V", "X", "L", "C", "1", "2", "9", "0", ".", ")", "(", "a", "z", "đ", "Đ", "ê", "-", "+", " ", "\t", "\u00a0", "\u2003", "M", "ụ", ",", "\xff", "\u0301"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for n := r.IntN(9); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, s := range texts {
		m := markerExpr.FindStringSubmatchIndex(s)
		end, letter, ok := markerEnd(s)
		if ok != (m != nil) {
			t.Fatalf("%q: markerEnd ok %v, the expression %v", s, ok, m)
		}
		if m == nil {
			continue
		}
		matched++
		if end != m[1] || letter != m[14] {
			t.Fatalf("%q: markerEnd %d, %d; the expression %d, %d", s, end, letter, m[1], m[14])
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d of %d texts hold a marker", matched, len(texts))
	}
	t.Logf("%d texts, %d with a marker", len(texts), matched)
}
