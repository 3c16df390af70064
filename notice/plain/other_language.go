package plain

import (
	"strings"
	"unicode"
)

// englishWords are words of English that no Vietnamese sentence written
// without its marks spells: a version of the notice in English typed
// under the Vietnamese one holds them.
var englishWords = setOfWords("the", "and", "of", "is", "are", "shall", "will", "must", "with", "which", "this", "that", "from", "who", "about")

// englishTally is how many of englishWords a version in another language
// holds at least.
const englishTally = 3

func setOfWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// otherVersion reports whether l, in the body, belongs to a version of
// the notice in another language under the Vietnamese one (otherLanguage),
// begun on this line or above it: the lines from there to the next line
// with a letter of Vietnamese's own (a Nơi nhận, a signer's name) are the
// page's.
func (r *reader) otherVersion(l line) bool {
	if r.other && latinOnly(l.text) {
		return true
	}
	r.other = r.st == inBody && r.otherLanguage(l)
	return r.other
}

// otherLanguage reports whether l starts a version of the notice in
// another language under the Vietnamese one: the body's last paragraph
// closes with "./.", and l and the lines after it, up to one with a
// letter of Vietnamese's own, are written with no mark of tone or vowel
// and no "đ" and hold words of English (englishWords). A university's
// notice posted in Vietnamese and then in English ends at the "./.": the
// English is the same notice again, no sentence of its body.
func (r *reader) otherLanguage(l line) bool {
	last := r.lastBody()
	if last < 0 || last != len(r.paras)-1 || !strings.HasSuffix(strings.TrimSpace(r.paras[last].Text), "./.") ||
		!hasLetter(l.text) || !latinOnly(l.text) {
		return false
	}
	tally := 0
	for _, n := range r.lines[r.at:] {
		if n.cells != nil || !latinOnly(n.text) {
			break
		}
		for _, w := range strings.FieldsFunc(n.text, func(c rune) bool { return !unicode.IsLetter(c) }) {
			if englishWords[strings.ToLower(w)] {
				tally++
			}
		}
	}
	return tally >= englishTally
}

// latinOnly reports whether every letter of s is a letter of ASCII.
func latinOnly(s string) bool {
	for _, c := range s {
		if c > unicode.MaxASCII && unicode.IsLetter(c) {
			return false
		}
	}
	return true
}
