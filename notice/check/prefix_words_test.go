package check

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// startsWithOrgWhole is startsWithOrg folding all of s, as it did.
func startsWithOrgWhole(s string) bool { return foldedStartsWithOrg(cite.Fold(s)) }

// TestStartsWithOrgFirstWords: startsWithOrg, folding only the first
// words, answers as it did folding the whole text, on texts made of the
// heads themselves in any case, spaced any way, cut anywhere and followed
// by anything.
func TestStartsWithOrgFirstWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	var heads []string
	for _, hs := range [][]string{orgHeads, groupHeads, verbHeads} {
		heads = append(heads, hs...)
	}
	pieces := []string{" ", "  ", "\u00a0", "\t", ",", ".", "các", "Các", "CÁC", "hoà", "uỷ", "q", "x", "e\u0301", "\u0301", "tỉnh", "UBND"}
	for i := range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			if rng.IntN(2) == 0 {
				h := heads[rng.IntN(len(heads))]
				if rng.IntN(3) == 0 {
					h = strings.ToUpper(h)
				}
				if rng.IntN(4) == 0 {
					h = h[:rng.IntN(len(h)+1)]
				}
				b.WriteString(h)
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			b.WriteString(pieces[rng.IntN(5)])
		}
		s := b.String()
		if got, want := startsWithOrg(s), startsWithOrgWhole(s); got != want {
			t.Fatalf("case %d: startsWithOrg(%q) = %v, folding it whole %v", i, s, got, want)
		}
	}
}

func TestLeadingWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"a b c", 2, "a b"}, {"a  b  c", 2, "a  b"}, {"  a b", 1, "  a"}, {"a b", 3, "a b"}, {"", 1, ""}, {"ab ", 1, "ab"},
	} {
		if got := leadingWords(c.s, c.n); got != c.want {
			t.Errorf("leadingWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
