package check

import (
	"unicode"
	"unicode/utf8"
)

// doubledInitial returns the word w meant when it opens with a capital
// typed again in small letters ("Qquân" for "Quân"): no Vietnamese word
// opens with a letter twice, and the rest is a syllable carrying a
// Vietnamese mark or letter, so the word is meant as Vietnamese (a name of
// another language, "Aaron", "Lloyd", carries none). Abbreviations
// ("TTg", "TTr") have their second letter in capitals and stay apart.
func doubledInitial(w string) (string, bool) {
	first, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return "", false
	}
	second, m := utf8.DecodeRuneInString(w[n:])
	rest := w[n:]
	if second != unicode.ToLower(first) || len(rest) <= m {
		return "", false
	}
	marked := false
	for _, r := range rest {
		if !unicode.IsLower(r) {
			return "", false
		}
		marked = marked || r >= utf8.RuneSelf
	}
	if !marked || !vietSyllable(rest) {
		return "", false
	}
	return w[:n] + rest[m:], true
}
