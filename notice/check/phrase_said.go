package check

// One misspelt word, one finding. A slip of a word that is both a listed
// phrase's and no Vietnamese syllable ("Về viêc", "lưc lượng vũ trang",
// "Kế hoach") was said twice: by phrase-typo, with the whole phrase to
// write, and by syllable, with the word alone and no fix. The clerk acts
// on the first; the second stays silent for a word inside a phrase
// phrase-typo reported. Rules run in the order of their ids, phrase-typo
// before syllable; with phrase-typo disabled, or its finding not kept,
// nothing is recorded and syllable says the word.

// sayPhrase records that phrase-typo reported the bytes from..to of text.
func (v *View) sayPhrase(text string, from, to int) {
	if v.phraseSaid == nil {
		v.phraseSaid = map[string][][2]int{}
	}
	v.phraseSaid[text] = append(v.phraseSaid[text], [2]int{from, to})
}

// within reports whether one of spans, phrase-typo's of a text, holds
// the bytes from..to.
func within(spans [][2]int, from, to int) bool {
	for _, s := range spans {
		if s[0] <= from && to <= s[1] {
			return true
		}
	}
	return false
}
