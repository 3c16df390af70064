package check

// glueStarts are the words gluedWords reads: a word glued to the next
// (gluedAt: a syllable with a diacritic, or before a known abbreviation,
// then a capital), or one gluedSyllables may part (mayGlueSyllables).
// Each distinct word is asked once for the lexicon's life, and the rule
// reads a text only at these words, which s83's walk files
// (word_starts.go), instead of asking every word of every text.
var glueStarts = newStartSet(func(x *lexeme) bool {
	return x.gluedAt() >= 0 || mayGlueSyllables(x)
})
