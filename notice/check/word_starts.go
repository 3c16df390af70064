package check

import "math/bits"

// A startSet is a set of words some rule starts from: the rule reads a
// text only where one of them stands ("Kg", "M" of "M2" for unit-case;
// a word holding "thứ" or "chủ" for weekday-date), instead of searching
// every text for its bytes itself. The sets are registered once a
// process (newStartSet, at initialisation); on the first ask for a text,
// one walk over the text's words files the places of the words of every
// registered set at once (wordStarts.read), and each set's rule reads
// its own list.
type startSet struct {
	words *wordSet
	rank  int // the set's place among startSets
}

// startSets are the registered sets in their order; startBits the bits
// of their wordSets, which a lexeme tells (lexeme.in).
var (
	startSets []*startSet
	startBits uint64
	startRank [64]int // the rank of the startSet of each wordSet bit
)

// newStartSet registers the set of the words has holds; at
// initialisation only.
func newStartSet(has func(x *lexeme) bool) *startSet {
	s := &startSet{words: newWordSet(has), rank: len(startSets)}
	startSets = append(startSets, s)
	startBits |= s.words.bit
	startRank[bits.TrailingZeros64(s.words.bit)] = s.rank
	return s
}

// wordStarts are the places of the words of every startSet in a text:
// the indexes (in the text index's words) of set k's words are
// pos[start[k]:start[k+1]], ascending.
type wordStarts struct {
	pos   []int32
	start []int32
}

// startsOf returns the indexes, in the text index's words of s, of the
// words of the set ss, ascending; the text's starts read on first use.
func (v *View) startsOf(s string, ss *startSet) []int32 {
	x := v.index(s)
	if !x.startsRead {
		x.startsRead = true
		x.starts.read(x.lex, &v.lexicon().slabs)
	}
	return x.starts.pos[x.starts.start[ss.rank]:x.starts.start[ss.rank+1]]
}

// read files the words of lex that are in a registered set by the set:
// one walk over the words, then a counting sort of those found.
func (w *wordStarts) read(lex []*lexeme, b *indexSlabs) {
	n := len(startSets)
	w.start = grow(&b.placeSlab, n+1)
	found := b.starts[:0] // scratch: the words in some set, in order
	for i, x := range lex {
		if x.setsDone&startBits != startBits {
			x.fillStarts()
		}
		if x.sets&startBits == 0 {
			continue
		}
		found = append(found, int32(i))
		for set := x.sets & startBits; set != 0; set &= set - 1 {
			w.start[startRank[bits.TrailingZeros64(set)]+1]++
		}
	}
	for k := 1; k <= n; k++ {
		w.start[k] += w.start[k-1]
	}
	w.pos = take(&b.placeSlab, int(w.start[n]))
	var next [32]int32
	copy(next[:], w.start[:n])
	for _, i := range found {
		for set := lex[i].sets & startBits; set != 0; set &= set - 1 {
			k := startRank[bits.TrailingZeros64(set)]
			w.pos[next[k]] = i
			next[k]++
		}
	}
	b.starts = found
}

// fillStarts works out whether the word is in each registered set.
//
//go:noinline
func (x *lexeme) fillStarts() {
	for _, s := range startSets {
		x.in(s.words)
	}
}
