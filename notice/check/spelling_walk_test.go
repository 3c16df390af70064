package check

import (
	"math/rand"
	"testing"
)

// TestDigitScan checks that digitScan finds every '1' and '2' of a text
// in order, from any place on, as asking each byte in turn would.
func TestDigitScan(t *testing.T) {
	rng := rand.New(rand.NewSource(61))
	const alphabet = "12 -–0a9"
	for n := 0; n < 2000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := string(b)
		d := newDigitScan(text)
		from := 0
		for {
			want := -1
			for i := from; i < len(text); i++ {
				if text[i] == '1' || text[i] == '2' {
					want = i
					break
				}
			}
			if got := d.next(from); got != want {
				t.Fatalf("next(%d) of %q = %d, want %d", from, text, got, want)
			}
			if want < 0 {
				break
			}
			from = want + 1 + rng.Intn(3) // the scan may skip ahead after a span
			if from > len(text) {
				break
			}
		}
	}
}

// TestSpellWalkPairs checks that iyPairs hands each pair of words beside
// an i/y syllable once, in the order of a walk over every pair.
func TestSpellWalkPairs(t *testing.T) {
	v := &View{}
	texts := []string{"quy định và quy chế của công ty", "kỹ thuật lý do", "Ban Quản lý kỳ họp thứ hai", "ty ty ty"}
	var segs []*Seg
	for _, s := range texts {
		segs = append(segs, &Seg{Text: s})
	}
	var got, want []string
	iyPairs(newSpellWalk(v, segs), func(s *Seg, a, b wordAt, _, _ *lexeme) {
		got = append(got, s.Text[a.off:b.end])
	})
	for _, s := range segs {
		x := v.index(s.Text)
		for i := 1; i < len(x.words); i++ {
			xa, xb := x.lex[i-1], x.lex[i]
			if x.spaced[i] && (xa.iyWord() || xb.iyWord()) && !xa.allCaps() && !xb.allCaps() {
				want = append(want, s.Text[x.words[i-1].off:x.words[i].end])
			}
		}
	}
	if len(want) < 8 || len(got) != len(want) {
		t.Fatalf("iyPairs gives %q, every pair %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("iyPairs gives %q, every pair %q", got, want)
		}
	}
}
