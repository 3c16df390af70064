package check

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// inForeignName reports whether words[k], a word of text, is a word of a
// proper name no Vietnamese syllables glued make: one that holds a letter
// Vietnamese's alphabet has not ("Kō", "Ŭn", "Wa"), or a minority's place
// name written with Vietnamese letters (minorityPlaceWord: "thôn Êmông").
// Only the word itself is left: a glued word beside it in the same name
// or run of capitals ("Nhóm Zalo Trườnghọc") is still said.
func inForeignName(words []wordAt, k int, text string) bool {
	w := words[k].text
	if !opensCapital(w) {
		return false
	}
	return strings.IndexFunc(w, notVietLetter) >= 0 || minorityPlaceWord(words, k, text)
}

// minorityPlaceWord reports whether words[k] is a word of a place's name
// in an ethnic minority's language written with Vietnamese letters
// ("thôn Êmông", "buôn Kō Êban"): it opens with a vowel of a shape
// ("Ê", "Ô", "Ơ", "Ư", "Â", "Ă") and bears no tone mark, as the
// minorities' scripts write, and stands in the run of words in capitals
// that follows a kind of place (placeKinds) or that holds a word of
// letters outside Vietnamese's alphabet ("Kō Êmông"). A Vietnamese word glued
// bears a tone on one of its syllables, or opens otherwise, mostly.
func minorityPlaceWord(words []wordAt, k int, text string) bool {
	w := words[k].text
	r, _ := utf8.DecodeRuneInString(w)
	if !strings.ContainsRune("ÊÔƠƯÂĂ", r) || strings.IndexFunc(w, hasTone) >= 0 {
		return false
	}
	from, to := k, k
	for from > 0 && opensCapital(words[from-1].text) && onlySpaces(text[words[from-1].end:words[from].off]) {
		from--
	}
	for to+1 < len(words) && opensCapital(words[to+1].text) && onlySpaces(text[words[to].end:words[to+1].off]) {
		to++
	}
	if from > 0 && placeKinds()[strings.ToLower(words[from-1].text)] && onlySpaces(text[words[from-1].end:words[from].off]) {
		return true
	}
	return runHoldsForeign(words[from : to+1])
}

// runHoldsForeign reports whether a run of words in capitals holds a word
// with a letter Vietnamese's alphabet has not ("Kō Êmông", "Y Wơn Ênuôl"):
// the run is then a name in a minority's or a foreign script, and its
// toneless words opening with a shaped vowel are of that script too.
func runHoldsForeign(run []wordAt) bool {
	for _, w := range run {
		if strings.IndexFunc(w.text, notVietLetter) >= 0 {
			return true
		}
	}
	return false
}

// placeKinds are the kinds of place whose names are often a minority's:
// a village, a hamlet, a commune.
var placeKinds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"thôn": true, "bản": true, "buôn": true, "làng": true, "xã": true, "plei": true, "plơi": true, "bon": true, "palei": true, "ấp": true, "sóc": true, "xóm": true}
})

// hasTone reports whether r is a letter with a tone mark.
func hasTone(r rune) bool {
	return letterTone(unicode.ToLower(r)).tone != 0
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
