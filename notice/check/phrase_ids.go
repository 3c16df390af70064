package check

import "slices"

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

// tokenID is the id of a token of a text, -1 when the book has none.
func (b *phraseBook) tokenID(t string) int32 {
	if i, ok := slices.BinarySearch(b.tokens, t); ok {
		return int32(i)
	}
	return -1
}

// tokensOf returns the tokens of ids.
func (b *phraseBook) tokensOf(ids []int32) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = b.tokens[id]
	}
	return out
}

// pairSlipsOf returns the near-misses whose first two tokens are a and b.
func (b *phraseBook) pairSlipsOf(x, y int32) []slip {
	if i, ok := slices.BinarySearch(b.pairKeys, pairKey(x, y)); ok {
		return b.pairSlips[i]
	}
	return nil
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
