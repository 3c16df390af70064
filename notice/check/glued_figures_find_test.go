package check

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestGluedFiguresAsFindAll holds gluedFigures to gluedFiguresRe's
// FindAllStringSubmatchIndex on every line of testdata and on texts made
// of the bytes both read: runs at a text's start and end, runs longer
// than the window's tail, a "." or "," closing a run before the end,
// figures of three, broken bytes.
func TestGluedFiguresAsFindAll(t *testing.T) {
	texts := append(proseTexts(t), "6,7", "6,7.", "6,7.5", "6,7. ", "(6,7,", "12,13,14,15,16,17,18,19é", "6,7.\xe1", "6,7\xe1\xbb")
	texts = append(texts, testlines.Random([]string{"6", "12", "123", ",", ", ", ".", " ", "(", "\n", "x", "é", "\xe1", "\xe1\xbb"}, 20000, 14, 107)...)
	texts = append(texts, madeFigureRuns(20000)...)
	found := 0
	for _, s := range texts {
		want := gluedFiguresRe().FindAllStringSubmatchIndex(s, -1)
		found += len(want)
		if got := gluedFigures(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("gluedFigures(%q) = %v, want %v", s, got, want)
		}
	}
	if found < 2000 {
		t.Errorf("gluedFiguresRe matches %d runs, want 2,000 at least", found)
	}
}

// madeFigureRuns makes n texts of runs of figures and commas, some the
// expression takes and some it refuses, with text between them.
func madeFigureRuns(n int) []string {
	r := rand.New(rand.NewPCG(108, 0))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	out := make([]string, n)
	for i := range out {
		var b []byte
		for range 1 + r.IntN(3) {
			b = append(b, pick("", " ", "(", "x", "ngày ", "\n", "é")...)
			for k := range 2 + r.IntN(5) {
				if k > 0 {
					b = append(b, pick(",", ",", ",", ", ", ".")...)
				}
				b = append(b, pick("6", "7", "18", "123", "")...)
			}
			b = append(b, pick("", " ", ".", ". ", ",", ", ", "/4", "é", "\xe1", "x", ".5", ",\n")...)
		}
		out[i] = string(b)
	}
	return out
}
