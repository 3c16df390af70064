package check

import "sync/atomic"

// The phrase book numbers its tokens, and phrase-typo reads the tokens of
// a text by those numbers: a near-miss is looked up by the ids of two
// tokens in a row, and compared id by id, instead of by their strings.

// idOf returns the id of a token of the book being built, numbering it
// on first sight.
func (bb *bookBuilder) idOf(t string) int32 {
	if id, ok := bb.ids[t]; ok {
		return id
	}
	id := int32(len(bb.ids))
	bb.ids[t] = id
	return id
}

func (bb *bookBuilder) idsOf(toks []string) []int32 {
	out := make([]int32, len(toks))
	for i, t := range toks {
		out[i] = bb.idOf(t)
	}
	return out
}

// tokenID is the id of a token of a text, -1 when the book has none: its
// index in the sorted tokens (slices.BinarySearch), found by a hash of the
// text.
func (b *phraseBook) tokenID(t string) int32 {
	x := b.lookups()
	for i := strHash(t) & x.mask; ; i = (i + 1) & x.mask {
		id := x.slots[i] - 1
		if id < 0 || b.tokens[id] == t {
			return id
		}
	}
}

// bookLookups are what a book's lookups read, made on first use: its
// tokens by a hash of their text, and a filter of the pairs of ids the
// near-misses start with.
type bookLookups struct {
	slots []int32 // 1 + the id of the token a slot holds, 0 for none (open addressing)
	mask  uint32  // len(slots) - 1
	pairs [pairFilterBits / 64]uint64
	// pairAt files the pairs of pairKeys by a hash of their key: 1 + the
	// pair's index, 0 for none (open addressing, at most half full);
	// pairIndex looks a pair the filter lets through up here.
	pairAt   []uint32
	pairMask uint64
	// tries are, for a pair with many near-misses (by its index in
	// pairKeys), those near-misses filed by the ids after the pair, taken
	// when a text first meets the pair (trie): from packedTries in the
	// process's book, made by newSlipTrie in one readPhrases made.
	tries []atomic.Pointer[slipTrie]
}

// manySlips is the number of near-misses of a pair from which they are
// filed in a trie: some 170 pairs of the 3,400.
const manySlips = 8

// pairFilterBits is the size of the filter of pairs: some 3,300 pairs set
// one bit each, so that nine pairs in ten that start no near-miss are
// told at once.
const pairFilterBits = 1 << 15

func (b *phraseBook) lookups() *bookLookups {
	b.lookupsOnce.Do(func() {
		x := &bookLookups{}
		n := tableSize(len(b.tokens))
		x.slots, x.mask = make([]int32, n), uint32(n-1)
		for id, t := range b.tokens {
			i := strHash(t) & x.mask
			for x.slots[i] != 0 {
				i = (i + 1) & x.mask
			}
			x.slots[i] = int32(id) + 1
		}
		for _, k := range b.pairKeys {
			w, bit := pairBit(k)
			x.pairs[w] |= bit
		}
		n = tableSize(len(b.pairKeys))
		x.pairAt, x.pairMask = make([]uint32, n), uint64(n-1)
		for pi, k := range b.pairKeys {
			i := pairSlot(k) & x.pairMask
			for x.pairAt[i] != 0 {
				i = (i + 1) & x.pairMask
			}
			x.pairAt[i] = uint32(pi) + 1
		}
		x.tries = make([]atomic.Pointer[slipTrie], len(b.pairKeys))
		b.lookupsDone = x
	})
	return b.lookupsDone
}

// tableSize is the size of an open-addressed table for n keys: the
// least power of two at least twice n, so that probes stay short.
func tableSize(n int) int {
	size := 1
	for size < 2*n {
		size *= 2
	}
	return size
}

// strHash is FNV-1a of s.
func strHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// pairBit is the word and the bit of a pair's key in the filter.
func pairBit(k uint64) (int, uint64) {
	h := uint32((k * 0x9E3779B97F4A7C15) >> 49) // the top 15 bits
	return int(h >> 6), 1 << (h & 63)
}

// tokensOf returns the tokens of ids.
func (b *phraseBook) tokensOf(ids []int32) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = b.tokens[id]
	}
	return out
}

// trie returns the near-misses of the pair at pi filed by the ids after
// it, nil for a pair with few: the process's book reads them from
// packedTries, a book readPhrases made files them on first use. Two
// checks that meet the pair at once may both make it: the same trie, one
// of them kept.
func (b *phraseBook) trie(pi int) *slipTrie {
	x := b.lookups()
	if t := x.tries[pi].Load(); t != nil {
		return t
	}
	var t *slipTrie
	if b.packed != nil {
		t = packedTries.trie(pi)
	} else if l := b.builtSlips[pi]; len(l) > manySlips {
		t = newSlipTrie(l)
	}
	if t == nil {
		return nil
	}
	x.tries[pi].CompareAndSwap(nil, t)
	return x.tries[pi].Load()
}

// pairIndex returns the index in pairKeys of the pair of a and b and its
// near-misses; -1 and nil when no near-miss starts with them.
func (b *phraseBook) pairIndex(x, y int32) (int, []slip) {
	k := pairKey(x, y)
	lk := b.lookups()
	if !lk.mayStartPair(x, y) {
		return -1, nil // no near-miss starts with the pair
	}
	for i := pairSlot(k) & lk.pairMask; lk.pairAt[i] != 0; i = (i + 1) & lk.pairMask {
		if pi := int(lk.pairAt[i] - 1); b.pairKeys[pi] == k {
			return pi, b.slipsOf(pi)
		}
	}
	return -1, nil
}

// mayStartPair reports whether the filter lets the pair of a and b
// through: false when no near-miss starts with them (pairIndex's first
// test).
func (lk *bookLookups) mayStartPair(a, b int32) bool {
	w, bit := pairBit(pairKey(a, b))
	return lk.pairs[w]&bit != 0
}

// pairSlot is where the pair of key k is looked for in pairAt: other
// bits of the product than the filter's (pairBit).
func pairSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 20 }

// slipsAt returns the near-misses that match toks[i:]: l[ks[0]],
// l[ks[1]] ..., in the order of the list, ks appended to buf. A pair
// with few near-misses has each compared; one with many, its trie walked.
func (b *phraseBook) slipsAt(toks []token, i int, buf []int32) (l []slip, ks []int32) {
	pi, l := b.pairIndex(toks[i].id, toks[i+1].id)
	if l == nil {
		return nil, buf
	}
	if t := b.trie(pi); t != nil {
		return l, t.match(toks, i, buf)
	}
	for k := range l {
		if ids := l[k].ids; i+len(ids) <= len(toks) && matchAfterPair(toks, i, ids) {
			buf = append(buf, int32(k))
		}
	}
	return l, buf
}

// pairKey is the key of two tokens in a row.
func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// matchIDs is matchAt by ids: the tokens from i are want.
func matchIDs(toks []token, i int, want []int32) bool {
	for k, w := range want {
		if toks[i+k].id != w {
			return false
		}
	}
	return true
}

// pairKnown is how many first tokens of a near-miss slipsAt returned for
// toks[i:] are known to be toks[i] and toks[i+1]: every near-miss of a
// pair starts with the pair (TestSlipsStartWithPair), so that phraseTypo
// compares the ids after them alone.
const pairKnown = 2

// matchAfterPair is matchIDs of a near-miss slipsAt returned for toks[i:]:
// the ids after its pair, whose own are toks[i] and toks[i+1].
func matchAfterPair(toks []token, i int, want []int32) bool {
	for k := pairKnown; k < len(want); k++ {
		if toks[i+k].id != want[k] {
			return false
		}
	}
	return true
}

// coveredByIDs is coveredBy by ids.
func (b *phraseBook) coveredByIDs(toks []token) []bool {
	out := make([]bool, len(toks))
	for i := range toks {
		id := toks[i].id
		if id < 0 || int(id) >= len(b.coverIDs) {
			continue
		}
		for _, l := range b.coverIDs[id] {
			if i+len(l) <= len(toks) && matchIDs(toks, i, l) {
				for k := range l {
					out[i+k] = true
				}
			}
		}
	}
	return out
}
