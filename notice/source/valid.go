package source

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// isUTF8 is utf8.Valid, quicker on Vietnamese text. utf8.Valid reads
// eight bytes at a time only until the first byte that is not ASCII, then
// one byte at a time to the end, each rune of two or three bytes through
// its tables; a Vietnamese text has a letter with a mark every few bytes.
// This one reads eight bytes at a time throughout, stepping from each
// rune that is not ASCII straight to the next, and reads the runes of the
// Vietnamese letters (two bytes, U+0080-U+07FF; and three bytes whose
// second byte can be any continuation byte, which U+1EA0-U+1EF9 are)
// inline; any other rune is decoded by utf8.DecodeRune,
// which tells an invalid one as utf8.Valid does. Held to utf8.Valid by
// TestIsUTF8 and FuzzIsUTF8.
func isUTF8(p []byte) bool {
	valid, _ := scanUTF8(p, false)
	return valid
}

// legacyUTF8 is isUTF8(p) and, for valid UTF-8, guessLegacyUTF8(p), in
// one walk: the units guessLegacyUTF8 weighs are the runes led by 0xC2
// and 0xC3, which the walk meets in the same order. Held to the two by
// TestLegacyUTF8.
func legacyUTF8(p []byte) (valid bool, enc legacy, off int, ok bool) {
	valid, score := scanUTF8(p, true)
	if !valid {
		return false, enc, 0, false
	}
	enc, off, ok = bestLegacy(score)
	return true, enc, off, ok
}

// scanUTF8 reads p for isUTF8 and, when weigh is set, for legacyUTF8's
// score (what guessLegacyUTF8 counts; meaningless if p is not valid).
func scanUTF8(p []byte, weigh bool) (valid bool, score [3]struct{ n, first int }) {
	i, n := 0, len(p)
	for i < n {
		if i+8 <= n {
			// Step over the ASCII bytes of the next eight at once, to the
			// first byte that is not ASCII, if any.
			w := binary.LittleEndian.Uint64(p[i:]) & 0x8080808080808080
			if w == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(w) >> 3
		} else if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		switch c := p[i]; {
		case 0xC2 <= c && c <= 0xDF:
			if i+1 >= n || p[i+1]&0xC0 != 0x80 {
				return false, score
			}
			if c <= 0xC3 && weigh {
				weighUnit(p, i, &score)
			}
			i += 2
		case 0xE1 <= c && c <= 0xEC || c == 0xEE || c == 0xEF:
			if i+2 >= n || p[i+1]&0xC0 != 0x80 || p[i+2]&0xC0 != 0x80 {
				return false, score
			}
			i += 3
		default:
			r, w := utf8.DecodeRune(p[i:])
			if r == utf8.RuneError && w == 1 {
				return false, score
			}
			i += w
		}
	}
	return true, score
}
