package check

import (
	"strings"
	"unicode/utf8"
)

// bareDateEnds are the last words of the words of time bareDateRe looks
// for ("trước", "chậm nhất là", "kể từ" ...).
var bareDateEnds = []string{"trước", "nhất", "là", "quá", "hơn", "hết", "từ", "vào", "sau"}

// mayBareDate reports whether s may hold a match of bareDateRe: a date
// d/m/yyyy after white space after a word one of bareDateEnds ends, in any
// case. It is much cheaper than the expression, and most texts write
// "ngày" before their dates.
func mayBareDate(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		n := strings.IndexByte(s[i:len(s)-1], '/')
		if n < 0 {
			return false
		}
		if i += n; !isDigit(s[i-1]) {
			continue
		}
		d := i - 1 // the date's first digit
		if d > 0 && isDigit(s[d-1]) {
			d--
		}
		if !slashDate(s[d:]) || d == 0 || !reSpace(s[d-1]) {
			continue
		}
		k := d
		for k > 0 && reSpace(s[k-1]) {
			k--
		}
		for _, w := range bareDateEnds {
			if hasSuffixFold(s[:k], w) {
				return true
			}
		}
	}
	return false
}

// slashDate reports whether s starts with \d{1,2}/\d{1,2}/\d{4}.
func slashDate(s string) bool {
	digits := func(i, lo, hi int) int { // the end of lo to hi digits at i, or -1
		n := 0
		for i+n < len(s) && n < hi && isDigit(s[i+n]) {
			n++
		}
		if n < lo {
			return -1
		}
		return i + n
	}
	i := digits(0, 1, 2)
	if i < 0 || i >= len(s) || s[i] != '/' {
		return false
	}
	if i = digits(i+1, 1, 2); i < 0 || i >= len(s) || s[i] != '/' {
		return false
	}
	return digits(i+1, 4, 4) >= 0
}

// reSpace is \s of a regular expression: ASCII white space.
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// hasSuffixFold reports whether s ends with suffix under simple case
// folding.
func hasSuffixFold(s, suffix string) bool {
	_, ok := cutSuffixFold(s, suffix)
	return ok
}

// cutSuffixFold is s without suffix when s ends with it under simple case
// folding (the bytes it takes in s may differ in number from suffix's).
func cutSuffixFold(s, suffix string) (string, bool) {
	for len(suffix) > 0 {
		if s == "" {
			return "", false
		}
		a, n := utf8.DecodeLastRuneInString(s)
		b, m := utf8.DecodeLastRuneInString(suffix)
		if !foldEqual(a, b) {
			return "", false
		}
		s, suffix = s[:len(s)-n], suffix[:len(suffix)-m]
	}
	return s, true
}
