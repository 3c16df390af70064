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
	before, ok := unmarkedSide(t, from, letterRunBefore)
	if !ok {
		return false
	}
	after, ok := unmarkedSide(t, to, letterRunAfter)
	return ok && before+after > 0
}

// unmarkedSide counts the words next gives from i, up to three, and
// reports whether each is written without a Vietnamese mark.
func unmarkedSide(t string, i int, next func(string, int) (string, int)) (int, bool) {
	seen := 0
	for ; seen < 3; seen++ {
		w, j := next(t, i)
		if w == "" {
			break
		}
		if !isASCIIWord(w) {
			return seen, false
		}
		i = j
	}
	return seen, true
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
