package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerLead returns a prefix of strings.ToLower(s) of n bytes at least
// (all of it when shorter), lowering no more of s than that needs: the
// runes of s are read, as strings.ToLower reads them, until their small
// letters make n bytes (a broken byte is the three of U+FFFD, as
// strings.ToLower writes it), and those runes alone are lowered. The cut
// is where the whole's reading of a rune starts, so the lowered prefix
// is a prefix of the lowered whole.
func lowerLead(s string, n int) string {
	out := 0
	for i, r := range s {
		if out >= n {
			return strings.ToLower(s[:i])
		}
		out += utf8.RuneLen(unicode.ToLower(r))
	}
	return strings.ToLower(s)
}
