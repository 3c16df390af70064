package check

import (
	"unicode"
	"unicode/utf8"
)

// unmarkedAround reports whether the words around t[from:to], up to three
// on each side, are all written without a Vietnamese mark, and there is
// one at least: a file's name or an address's slug ("Thong bao dieu
// chinh thơi gian nhan ho so", "KHAO-SAT-LAP-DIEU-CHINH-QUY-HOACH-CHUNG"),
// a line typed without marks. There a term with a mark lost is no slip
// of the one word: the marks were never typed.
func unmarkedAround(t string, from, to int) bool {
	seen := 0
	for i, words := from, 0; i > 0 && words < 3; words++ {
		var w string
		w, i = letterRunBefore(t, i)
		if w == "" {
			break
		}
		if !isASCIIWord(w) {
			return false
		}
		seen++
	}
	for i, words := to, 0; i < len(t) && words < 3; words++ {
		var w string
		w, i = letterRunAfter(t, i)
		if w == "" {
			break
		}
		if !isASCIIWord(w) {
			return false
		}
		seen++
	}
	return seen > 0
}

// letterRunBefore is the run of letters nearest before i in t, skipping what
// is not a letter, and where it starts.
func letterRunBefore(t string, i int) (string, int) {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	end := i
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return t[i:end], i
}

// letterRunAfter is the run of letters nearest after i in t, skipping what is
// not a letter, and where it ends.
func letterRunAfter(t string, i int) (string, int) {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	start := i
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return t[start:i], i
}
