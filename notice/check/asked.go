package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// askedVerbs open a request to someone else ("Yêu cầu Trưởng các phòng ở
// quán triệt, thông báo đến toàn bộ sinh viên"): the "thông báo" after it
// is theirs to do, and those they tell are not the notice's addressees.
var askedVerbs = [...]string{"đề nghị", "yêu cầu", "giao"}

// asksSomeone reports whether s holds one of askedVerbs, in any case, not
// after a letter, then white space and a letter: what the expression
// askedExpr (in asked_test.go, which holds the two together) matches,
// without compiling it in every process that reads a recipient.
func asksSomeone(s string) bool {
	afterLetter := false
	for i, r := range s {
		if !afterLetter {
			for _, w := range askedVerbs {
				if n := i + len(w); n <= len(s) && strings.EqualFold(s[i:n], w) && spaceThenLetter(s[n:]) {
					return true
				}
			}
		}
		afterLetter = foldLetter(r)
	}
	return false
}

// spaceThenLetter reports whether s opens with white space (`\s`: tab,
// newline, form feed, carriage return, space) and then a letter.
func spaceThenLetter(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	if i == 0 || i == len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return foldLetter(r)
}

// foldLetter reports whether r or a rune of its case-folding orbit is a
// letter: what `\p{L}` matches under `(?i)` (U+0345, a combining mark,
// folds to the Greek iota).
func foldLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if isLetter(r) {
		return true
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if isLetter(f) {
			return true
		}
	}
	return false
}
