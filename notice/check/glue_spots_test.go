package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestMayGlueCoversHasGlue holds mayGlue to hasGlue: wherever hasGlue
// finds glue in a span of a text, mayGlue must say it may. The spans are
// each line of testdata and glueCases whole and cut at each stop as
// gluedAround cuts them (before a ";" or "." and after it), and every
// span of made texts of the bytes the three places are read from. It
// fails when fewer than 300 spans hold glue, so that a reading that
// meets none proves nothing.
func TestMayGlueCoversHasGlue(t *testing.T) {
	texts := append(proseTexts(t), glueCases...)
	made := testlines.Random([]string{"ngày", "gày", "5", "٣", " ", "/", "a", "b", "C", "Đ", "đ", "ǅ", "\u0309", "\xff", "\xe0", ".", ";", "-", "\u00a0"}, 20000, 8, 78)
	v := &View{}
	held := 0
	check := func(s string, from, to int) {
		if !hasGlue(s[from:to]) {
			return
		}
		held++
		if !mayGlue(v.index(s), from, to) {
			t.Fatalf("hasGlue(%q[%d:%d] = %q) finds glue, mayGlue says none", s, from, to, s[from:to])
		}
	}
	for _, s := range texts {
		check(s, 0, len(s))
		for i := range len(s) {
			if s[i] == '.' || s[i] == ';' {
				check(s, 0, i)
				check(s, i+1, len(s))
			}
		}
	}
	for _, s := range made {
		for from := 0; from <= len(s); from++ {
			for to := from; to <= len(s); to++ {
				check(s, from, to)
			}
		}
	}
	if held < 300 {
		t.Fatalf("only %d spans hold glue", held)
	}
	t.Logf("%d spans hold glue", held)
}
