package check

// repeatMost is the longest run repeated-phrase reads: five words.
const repeatMost = 5

// eqLexeme is the lexeme of x.eqKey(), kept on x for the lexicon's
// life: two words of one lexicon have the same key (strings.EqualFold's
// simple folding) exactly when their eqLexemes are the same.
func (l *lexicon) eqLexeme(x *lexeme) *lexeme {
	if x.eq == nil {
		x.eq = l.eqOf(x)
	}
	return x.eq
}

// eqOf is the lexeme of x.eqKey(): x itself where the key is its text.
//
//go:noinline
func (l *lexicon) eqOf(x *lexeme) *lexeme {
	if k := x.eqKey(); k != x.text {
		return l.of(k)
	}
	return x
}

// repeatStarts appends to out, ascending, the places i of lex (a text's
// words) whose key comes again within the next repeatMost words: the
// only places a run can repeat from, since a run of n words repeated
// has its first word's key again n words on. One pass over the words
// notes on each key's lexeme the last place it was seen in this text
// (seenAt, stamped with the text's serial seenGen, so that nothing is
// cleared between texts); a word whose key was seen at most repeatMost
// words before files that place. The next word of its key files a place,
// so each place once; a place filed after a later one (by a farther
// word) is moved back among the last few.
func (l *lexicon) repeatStarts(lex []*lexeme, out []int32) []int32 {
	l.texts++
	gen := l.texts
	for q, x := range lex {
		c := x.eq
		if c == nil {
			c = l.eqLexeme(x)
		}
		if c.seenGen == gen && int32(q)-c.seenAt <= repeatMost {
			out = insertAscending(out, c.seenAt)
		}
		c.seenGen, c.seenAt = gen, int32(q)
	}
	return out
}

// insertAscending appends p to the ascending out, keeping it ascending:
// p is less than at most the last few places.
func insertAscending(out []int32, p int32) []int32 {
	out = append(out, p)
	for k := len(out) - 1; k > 0 && out[k-1] > p; k-- {
		out[k], out[k-1] = out[k-1], p
	}
	return out
}
