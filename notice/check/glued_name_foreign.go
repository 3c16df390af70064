package check

import (
	"strings"
	"unicode"
)

// inForeignName reports whether words[k], a word of text, stands in a
// proper name one word of which holds a letter Vietnamese's alphabet has
// not ("Kō Êmông", "Ksor Ŭn", "Đăk Rơ Wa"): the name of a place or a
// person of an ethnic minority, written in its own language's letters,
// whose words are no Vietnamese syllables glued. The name is the run of
// words that open with a capital, parted by spaces alone; a word in
// small letters is in none.
func inForeignName(words []wordAt, k int, text string) bool {
	if !opensCapital(words[k].text) {
		return false
	}
	from, to := k, k
	for from > 0 && opensCapital(words[from-1].text) && onlySpaces(text[words[from-1].end:words[from].off]) {
		from--
	}
	for to+1 < len(words) && opensCapital(words[to+1].text) && onlySpaces(text[words[to].end:words[to+1].off]) {
		to++
	}
	for _, w := range words[from : to+1] {
		if strings.IndexFunc(w.text, notVietLetter) >= 0 {
			return true
		}
	}
	return false
}

// onlySpaces reports whether s is one space or more and nothing else.
func onlySpaces(s string) bool {
	return s != "" && strings.Trim(s, " ") == ""
}

// notVietLetter reports whether r is a letter Vietnamese's alphabet has
// not, in either case: f, j, w, z, a letter with a mark of another
// language ("ō", "ŭ", "ü"), or a tone on a consonant ("ñ").
func notVietLetter(r rune) bool {
	if !unicode.IsLetter(r) {
		return false
	}
	x := letterTone(unicode.ToLower(r))
	bare := x.bare
	if bare == 0 {
		bare = unicode.ToLower(r)
	}
	return !strings.ContainsRune(vietLetters, bare) || x.tone != 0 && !isVowelLetter(bare)
}
