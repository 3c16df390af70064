package cite

import (
	"testing"
	"unicode/utf8"
)

// runeInfoTable is runeInfo as it stood before its inline look-ups: the
// ASCII runes worked out, the rest from the table or by latinInfoOf.
func runeInfoTable(t []latinInfo, r rune) latinInfo {
	if r < utf8.RuneSelf {
		info := latinInfo{lower: r, flags: latinKnown | latinNFC}
		switch {
		case 'A' <= r && r <= 'Z':
			info.lower, info.flags = r+'a'-'A', info.flags|latinLetter
		case 'a' <= r && r <= 'z':
			info.flags |= latinLetter
		case asciiSpace(r):
			info.flags |= latinSpace
		}
		return info
	}
	if i := latinIndex(r); i >= 0 {
		return t[i]
	}
	info := latinInfoOf(r)
	info.flags &^= latinKnown | latinNFC
	return info
}

// TestRuneInfoAsTable holds runeInfo to runeInfoTable on every rune, and
// on the runes a range over broken UTF-8 never gives (negative, past
// U+10FFFF), which a caller could still pass.
func TestRuneInfoAsTable(t *testing.T) {
	tab := latinTable()
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		if r >= 0x3000 && r < 0xF000 && r%97 != 0 {
			continue // the CJK and Hangul blocks, all worked out alike: a sample
		}
		if got, want := runeInfo(r), runeInfoTable(tab, r); got != want {
			t.Fatalf("runeInfo(%U) = %+v, want %+v", r, got, want)
		}
	}
}
