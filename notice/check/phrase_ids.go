package check

// The phrase book numbers its tokens, and phrase-typo reads the tokens of
// a text by those numbers: a near-miss is looked up by the ids of two
// tokens in a row, and compared id by id, instead of by their strings.

// idOf returns the id of a token of the book, numbering it on first
// sight.
func (b *phraseBook) idOf(t string) int32 {
	if id, ok := b.ids[t]; ok {
		return id
	}
	id := int32(len(b.ids))
	b.ids[t] = id
	return id
}

func (b *phraseBook) idsOf(toks []string) []int32 {
	out := make([]int32, len(toks))
	for i, t := range toks {
		out[i] = b.idOf(t)
	}
	return out
}

// addCover adds a phrase or an exception to coverIDs.
func (b *phraseBook) addCover(l []string) {
	ids := b.idsOf(l)
	for int(ids[0]) >= len(b.coverIDs) {
		b.coverIDs = append(b.coverIDs, nil)
	}
	b.coverIDs[ids[0]] = append(b.coverIDs[ids[0]], ids)
}

// tokenID is the id of a token of a text, -1 when the book has none.
func (b *phraseBook) tokenID(t string) int32 {
	if id, ok := b.ids[t]; ok {
		return id
	}
	return -1
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
