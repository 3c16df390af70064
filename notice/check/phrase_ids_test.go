package check

import (
	"reflect"
	"slices"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
)

// TestPhraseIDs holds the lookups by ids to the lookups by strings they
// stand for, on every line of testdata: the near-misses that match at
// each token, in order, and the tokens a phrase covers.
func TestPhraseIDs(t *testing.T) {
	book := phrases()
	byFirst := slipsByFirst(book)
	for _, s := range proseTexts(t) {
		samePhraseLookups(t, book, byFirst, s)
	}
}

// TestSlipsStartWithPair holds what matchAfterPair takes as known: every
// near-miss slipsOf files under a pair starts with that pair's two ids.
func TestSlipsStartWithPair(t *testing.T) {
	book := phrases()
	for pi, k := range book.pairKeys {
		for _, sl := range book.slipsOf(pi) {
			if len(sl.ids) < pairKnown || pairKey(sl.ids[0], sl.ids[1]) != k {
				t.Fatalf("pair %d (%q %q): near-miss %q starts otherwise", pi, book.tokens[int32(k>>32)], book.tokens[int32(uint32(k))], sl.phrase)
			}
		}
	}
}

// slipsByFirst returns the near-misses of book by their first token, as
// strings.
func slipsByFirst(book *phraseBook) map[string][]slip {
	m := map[string][]slip{}
	for pi := range book.pairKeys {
		for _, sl := range book.slipsOf(pi) {
			first := book.tokens[sl.ids[0]]
			m[first] = append(m[first], sl)
		}
	}
	return m
}

func samePhraseLookups(t *testing.T, book *phraseBook, byFirst map[string][]slip, s string) {
	t.Helper()
	v := &View{}
	if got, want := v.index(s).words, wordsWithOffsets(s); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: the index's words %v, wordsWithOffsets %v", s, got, want)
	}
	toks := v.index(s).phraseTokens(v, book)
	if want := tokenize(s); len(want) != len(toks) {
		t.Fatalf("%q: %d tokens, tokenize %d", s, len(toks), len(want))
	} else {
		for i := range want {
			if w, g := want[i], toks[i]; w.text != g.text || w.off != g.off || w.end != g.end || w.upper != g.upper {
				t.Fatalf("%q: token %d is %+v, tokenize %+v", s, i, g, w)
			}
		}
	}
	if got, want := book.coveredByIDs(toks), book.coveredBy(toks); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: coveredByIDs %v, coveredBy %v", s, got, want)
	}
	for i := 0; i+1 < len(toks); i++ {
		var want, got []string
		for _, sl := range byFirst[toks[i].text] {
			if tt := book.tokensOf(sl.ids); i+len(tt) <= len(toks) && matchAt(toks, i, tt) {
				want = append(want, sl.phrase+"|"+tt[1])
			}
		}
		if toks[i].id >= 0 && toks[i+1].id >= 0 {
			l, ks := book.slipsAt(toks, i, nil)
			for _, k := range ks { // as phraseTypo reads them
				sl := l[k]
				got = append(got, sl.phrase+"|"+book.tokens[sl.ids[1]])
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q at token %d: near-misses %v by ids, %v by strings", s, i, got, want)
		}
	}
}

// FuzzPhraseIDs holds the lookups by ids to those by strings on any text.
func FuzzPhraseIDs(f *testing.F) {
	f.Add("hệ thống tin, cơ quan, quan vị; công ghiệp 2024 Phổ Ninh")
	book := phrases()
	byFirst := slipsByFirst(book)
	f.Fuzz(func(t *testing.T, s string) {
		samePhraseLookups(t, book, byFirst, s)
	})
}

// TestTokenID holds tokenID, which finds a token by a hash of its text,
// to a binary search of the sorted tokens: on every token of the book and
// on every word of testdata, folded.
func TestTokenID(t *testing.T) {
	book := phrases()
	search := func(w string) int32 {
		if i, ok := slices.BinarySearch(book.tokens, w); ok {
			return int32(i)
		}
		return -1
	}
	words := append([]string{"", "x", "zzzz"}, book.tokens...)
	for _, s := range proseTexts(t) {
		for _, w := range wordsWithOffsets(s) {
			words = append(words, cite.Fold(w.text), w.text)
		}
	}
	for _, w := range words {
		if got, want := book.tokenID(w), search(w); got != want {
			t.Fatalf("tokenID(%q) = %d, the binary search %d", w, got, want)
		}
	}
}

// TestPairIndexAsSearch holds pairIndex's table to the binary search of
// pairKeys it replaced: every pair of the book, and pairs of ids next to
// theirs that the filter may let through.
func TestPairIndexAsSearch(t *testing.T) {
	book := phrases()
	n := int32(len(book.tokens))
	for _, k := range book.pairKeys {
		a, b := int32(k>>32), int32(uint32(k))
		for _, p := range [][2]int32{{a, b}, {a, b + 1}, {a + 1, b}, {b, a}, {a, (b + 7) % n}} {
			want, found := slices.BinarySearch(book.pairKeys, pairKey(p[0], p[1]))
			if !found {
				want = -1
			}
			if got, l := book.pairIndex(p[0], p[1]); got != want || (got >= 0) != (l != nil) {
				t.Fatalf("pairIndex(%d, %d) = %d, the search %d", p[0], p[1], got, want)
			}
		}
	}
}

// TestSlipTrie holds each pair's trie to a walk of the pair's list that
// compares each near-miss: on the ids of every near-miss of the pair, and
// on each of them followed by the ids after the pair of the first and of
// the next seven near-misses, cut at every place a near-miss may end or go
// on.
func TestSlipTrie(t *testing.T) {
	book := phrases()
	tried := 0
	for pi := range book.pairKeys {
		l := book.slipsOf(pi)
		tr := book.trie(pi)
		if tr == nil {
			if len(l) > manySlips {
				t.Fatalf("pair %d: %d near-misses and no trie", pi, len(l))
			}
			continue
		}
		for j, s := range l {
			for _, o := range slices.Concat(l[j:min(j+8, len(l))], l[:1]) {
				ids := append(slices.Clone(s.ids), o.ids[min(pairKnown, len(o.ids)-1):]...)
				for n := pairKnown; n <= len(ids); n++ {
					toks := make([]token, n)
					for k := range toks {
						toks[k].id = ids[k]
					}
					var want []int32
					for k := range l {
						if len(l[k].ids) <= n && matchAfterPair(toks, 0, l[k].ids) {
							want = append(want, int32(k))
						}
					}
					if got := tr.match(toks, 0, nil); !slices.Equal(got, want) {
						t.Fatalf("pair %d, ids %v: the trie's %v, the list's %v", pi, ids[:n], got, want)
					}
					tried++
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no pair has a trie")
	}
}
