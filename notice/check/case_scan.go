package check

import (
	"unicode"
	"unicode/utf8"
)

// upperSelf reports whether strings.ToUpper(s) == s, and lowerMoves
// whether strings.ToLower(s) != s, reading s once without building the
// other string: the checker asks them of most of the words it reads. As
// strings.ToUpper does, a byte that is no valid UTF-8 counts as changed
// (strings.Map writes U+FFFD for it).
func upperSelf(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// lowerMoves reports whether strings.ToLower(s) != s (upperSelf).
func lowerMoves(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || unicode.ToLower(r) != r {
			return true
		}
		i += n
	}
	return false
}
