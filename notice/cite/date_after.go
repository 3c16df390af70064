package cite

import (
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// The date after a document's number: " ngày <date>", also past the last
// group of a code typed after a space ("2048/CT-TTr3 -Đ1 ngày ...", which
// citation-code-space says): dateAfterRe, in the tests. dateRestRe is
// that expression without its first group, the code's last group, which
// dateAfter reads itself: under
// (?i), \p{Lu} stands for every letter that folds to a capital, and
// compiling that, twice, cost 1.9M instructions of every process that
// reads a citation (the rest of the expression: 0.1M).
var (
	// partyDateRe is the date after a Party document's number, which the
	// Party writes with hyphens: "số 12-KL/TW ngày 5-4-2021".
	partyDateRe = lazyre.New(`^[\s\x{00A0}]*,?[\s\x{00A0}]*ngày[\s\x{00A0}]+(` + d12 + `)-(` + d12 + `)-(` + d4 + `)`)
	dateRestRe  = lazyre.New(`(?i)^[\s\x{00A0}]*,?[\s\x{00A0}]*ngày[\s\x{00A0}]+` + dateRe)
	luTables    = []*unicode.RangeTable{unicode.Upper, unicode.FoldCategory["Lu"]}
)

// dateAfter is dateAfterRe().FindStringSubmatchIndex(s) (held to it by
// sameScan): the group is tried first, as the expression tries it, and
// the rest of the expression after it, else at the start of s.
func dateAfter(s string) []int {
	if g := codeGroup(s); g > 0 {
		if m := dateRestRe().FindStringSubmatchIndex(s[g:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += g
				}
			}
			m[0] = 0
			return m
		}
	}
	return dateRestRe().FindStringSubmatchIndex(s)
}

// codeGroup is the length of what the group
// (?i:[\s\x{00A0}]+-[\s\x{00A0}]*\p{Lu}[\p{Lu}\d]{0,7}(?:[\s\x{00A0}]|,))
// matches at the start of s; 0 when it does not. The group can match one
// way only: the letters and digits end where a space or a comma must
// stand.
func codeGroup(s string) int {
	i := spaces(s, 0)
	if i == 0 || i >= len(s) || s[i] != '-' {
		return 0
	}
	i = spaces(s, i+1)
	r, n := utf8.DecodeRuneInString(s[i:])
	if !foldUpper(r) {
		return 0
	}
	i += n
	for k := 0; k < 7 && i < len(s); k++ {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9') && !foldUpper(r) {
			break
		}
		i += n
	}
	if i < len(s) && s[i] == ',' {
		return i + 1
	}
	if spaces(s, i) > i { // one space: a byte, or the two of U+00A0
		if s[i] == 0xC2 {
			return i + 2
		}
		return i + 1
	}
	return 0
}

// foldUpper reports whether (?i)\p{Lu} matches r: a capital, or a rune
// that folds to one (as the regexp parser builds the class).
func foldUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsOneOf(luTables, r)
}
