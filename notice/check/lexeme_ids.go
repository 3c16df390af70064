package check

// A pair of words a rule files by their forms in small letters ("đề
// cương", whether written "Đề cương" or "đề cương") or by their i/y keys
// was keyed by the two strings: a map of string pairs hashes both strings
// at each look-up and takes Go's generic map path. The lexicon holds one
// lexeme for each distinct text, so the lexeme of a form stands for the
// form, and its serial number (lexeme.id) does too: two forms are equal
// exactly when their lexemes' ids are, within one lexicon. A pair is then
// keyed by one number (lexPair), which a map of uint64 hashes at once.
//
// The form's lexeme is made by the lexicon that made the word's (a view
// holds one lexicon for its whole check, and every lexeme a rule reads is
// that lexicon's), and kept on the word's lexeme for the lexicon's life.

// lowerLexeme is the lexeme of x.lowered().
func (l *lexicon) lowerLexeme(x *lexeme) *lexeme {
	if x.low == nil {
		x.low = l.of(x.lowered())
	}
	return x.low
}

// iyLexeme is the lexeme of x.iyKey().
func (l *lexicon) iyLexeme(x *lexeme) *lexeme {
	if x.iy == nil {
		x.iy = l.of(x.iyKey())
	}
	return x.iy
}

// foldLexeme is the lexeme of x.folded().
func (l *lexicon) foldLexeme(x *lexeme) *lexeme {
	if x.fd == nil {
		x.fd = l.of(x.folded())
	}
	return x.fd
}

// find returns the lexeme of w where the lexicon has made one, nil where
// it has not: no word read so far has w for a form asked of it.
func (l *lexicon) find(w string) *lexeme {
	if l.tab == nil {
		return nil
	}
	return l.tab[l.slot(w, wordHash(w))]
}

// lexPair keys the pair of lexemes a, b of one lexicon.
func lexPair(a, b *lexeme) uint64 {
	return uint64(a.id)<<32 | uint64(b.id)
}

// lowerPair keys the pair of words a, b by their forms in small letters.
func (l *lexicon) lowerPair(a, b *lexeme) uint64 {
	return lexPair(l.lowerLexeme(a), l.lowerLexeme(b))
}

// iyPair keys the pair of words a, b by their i/y keys.
func (l *lexicon) iyPair(a, b *lexeme) uint64 {
	return lexPair(l.iyLexeme(a), l.iyLexeme(b))
}
