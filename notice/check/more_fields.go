package check

import (
	"unicode"
	"unicode/utf8"
)

// moreFields reports whether s holds more than n fields, as
// strings.Fields parts them (runs of white space between), counting no
// further than n+1 and making no slice.
func moreFields(s string, n int) bool {
	if n < 0 {
		return true
	}
	count, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c >= '\t' && c <= '\r'
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = isSpaceRune(r)
			i += w
		}
		if space {
			in = false
			continue
		}
		if !in {
			in = true
			if count++; count > n {
				return true
			}
		}
	}
	return false
}

// isSpaceRune is unicode.IsSpace, told at once for the runes between
// Latin-1 and U+2000 (the Vietnamese letters of U+1EA0 on among them),
// whose one white space is U+1680.
func isSpaceRune(r rune) bool {
	if r > 0xFF && r < 0x2000 {
		return r == 0x1680
	}
	return unicode.IsSpace(r)
}
