package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// Two characters are one under simple case folding (as strings.EqualFold
// and a (?i) expression compare them) when they share an orbit of
// unicode.SimpleFold. For the letters of Vietnamese the least character
// of each orbit is kept in cite's generated table.

// foldEqual reports whether a and b are one character under simple case
// folding.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return 'a' <= a|0x20 && a|0x20 <= 'z' && a|0x20 == b|0x20
	}
	if fa, fb := foldRep(a), foldRep(b); fa >= 0 && fb >= 0 {
		return fa == fb
	}
	return foldOrbit(a, b)
}

// foldOrbit is foldEqual the long way: whether b is in the orbit of a
// under unicode.SimpleFold.
func foldOrbit(a, b rune) bool {
	if a == b {
		return true
	}
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// foldRep is, for a letter of Vietnamese, the least character of its
// orbit under unicode.SimpleFold (cite's generated table): two of them
// fold to each other when they have one; -1 for any other rune.
func foldRep(r rune) rune { return cite.FoldTab(r) }

// foldLeast is the least rune of r's orbit of simple case folding.
func foldLeast(r rune) rune { return cite.FoldMin(r) }
