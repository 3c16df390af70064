package check

import (
	"unicode"
	"unicode/utf8"
)

// The looks below each tell that a text cannot start a match of an
// expression of figures, before the expression is tried there (a
// leadExpr's at or then): each try costs the regexp package's set-up,
// and most figures of a text are no date or score. Each asks only what
// every match needs; the expression decides.

// oneOrTwoDigits is the end of the `\d{1,2}` s has at i, -1 when it has
// no digit there.
func oneOrTwoDigits(s string, i int) int {
	if i >= len(s) || !isDigit(s[i]) {
		return -1
	}
	if i+1 < len(s) && isDigit(s[i+1]) {
		return i + 2
	}
	return i + 1
}

// dayMonthSlash is the length of the `\d{1,2}/\d{1,2}/` s starts with,
// -1 when it starts with none.
func dayMonthSlash(s string) int {
	i := oneOrTwoDigits(s, 0)
	if i < 0 || i >= len(s) || s[i] != '/' {
		return -1
	}
	j := oneOrTwoDigits(s, i+1)
	if j < 0 || j >= len(s) || s[j] != '/' {
		return -1
	}
	return j + 1
}

// nDigitsAt reports whether s holds n digits from i on.
func nDigitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// shortDateAt: `\d{1,2}/\d{1,2}/\d{4}` (shortDateRe).
func shortDateAt(s string) bool {
	n := dayMonthSlash(s)
	return n >= 0 && nDigitsAt(s, n, 4)
}

// dateThenWordAt: `\d{1,2}/\d{1,2}/(?:19|20)\d\d` and a byte a small
// letter may start with (slashDateWordRe).
func dateThenWordAt(s string) bool {
	n := dayMonthSlash(s)
	if n < 0 || !nDigitsAt(s, n, 4) || s[n:n+2] != "19" && s[n:n+2] != "20" || n+4 >= len(s) {
		return false
	}
	c := s[n+4]
	return 'a' <= c && c <= 'z' || c >= utf8.RuneSelf
}

// spaceThenDate: `\s+\d{1,2}/\d{1,2}/\d`, what follows "ngày" in a match
// of dayDateRe.
func spaceThenDate(s string) bool {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	n := dayMonthSlash(s[i:])
	return n >= 0 && nDigitsAt(s, i+n, 1)
}

// scoreAt: `(?:\p{L}+ )?\d{1,2}[.,]\d` (scoreRe).
func scoreAt(s string) bool {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	if i > 0 {
		if i >= len(s) || s[i] != ' ' {
			return false
		}
		i++
	}
	j := oneOrTwoDigits(s, i)
	return j >= 0 && j < len(s) && (s[j] == '.' || s[j] == ',') && nDigitsAt(s, j+1, 1)
}
