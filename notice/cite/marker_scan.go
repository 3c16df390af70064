package cite

import (
	"unicode"
	"unicode/utf8"
)

// markerEnd reads the list marker s starts with as markerRe does, by
// hand: compiling markerRe cost every process that reads a numbered
// paragraph some 0.7M instructions. It returns where the match ends (after
// the spaces that follow the marker, or after the letter typed without
// them), where that letter starts (-1 for none), and ok false for no
// match. TestMarkerEndAsExpression holds it to markerRe.
func markerEnd(s string) (end, letter int, ok bool) {
	if len(s) == 0 {
		return 0, -1, false
	}
	c := s[0]
	switch {
	case c == '-' || c == '+':
		return markerTail(s, 1)
	case c == 'I' || c == 'V' || c == 'X' || c == 'L':
		n := runOf(s, 0, isRomanByte)
		if n > 6 || n >= len(s) || s[n] != '.' {
			return 0, -1, false
		}
		return markerTail(s, n+1)
	case isDigitByte(c):
		if end, letter, ok := nestedMarker(s); ok {
			return end, letter, ok
		}
		n := runOf(s, 0, isDigitByte)
		if n > 3 || n >= len(s) || s[n] != '.' {
			return 0, -1, false
		}
		return markerTail(s, n+1)
	}
	return letterMarker(s)
}

// nestedMarker is markerRe's "2.1." branch: one or two figures, then at
// least one dot followed by one or two figures, an optional dot, then the
// tail. A run of three figures ends every way the branch could go on.
func nestedMarker(s string) (end, letter int, ok bool) {
	i := runOf(s, 0, isDigitByte)
	if i > 2 {
		return 0, -1, false
	}
	groups := 0
	for i < len(s) && s[i] == '.' {
		n := runOf(s, i+1, isDigitByte)
		if n == 0 {
			break
		}
		if n > 2 {
			return 0, -1, false
		}
		i += 1 + n
		groups++
	}
	if groups == 0 {
		return 0, -1, false
	}
	if i < len(s) && s[i] == '.' {
		if end, letter, ok := markerTail(s, i+1); ok {
			return end, letter, ok
		}
	}
	return markerTail(s, i)
}

// letterMarker is markerRe's "đ)" branch: one or two of a-z and đ, then
// a closing bracket.
func letterMarker(s string) (end, letter int, ok bool) {
	i := 0
	for n := 0; n < 3 && i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ')' && n > 0 {
			return markerTail(s, i+1)
		}
		if !(r >= 'a' && r <= 'z' || r == 'đ') {
			break
		}
		i += size
	}
	return 0, -1, false
}

// markerTail reads what markerRe takes after a marker ending at i: spaces
// (space, tab, no-break space) as far as they go, the end of s, or a
// letter.
func markerTail(s string, i int) (end, letter int, ok bool) {
	if i == len(s) {
		return i, -1, true
	}
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if r != ' ' && r != '\t' && r != '\u00a0' {
			break
		}
		j += size
	}
	if j > i {
		return j, -1, true
	}
	if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) {
		return i + size, i, true
	}
	return 0, -1, false
}

// runOf returns how many bytes from i on are of the kind in.
func runOf(s string, i int, in func(byte) bool) int {
	n := 0
	for i+n < len(s) && in(s[i+n]) {
		n++
	}
	return n
}

func isRomanByte(c byte) bool { return c == 'I' || c == 'V' || c == 'X' || c == 'L' }
