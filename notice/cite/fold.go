package cite

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Fold returns a comparison key for Vietnamese text: NFC, lower case, tone
// placement folded, runs of white space reduced to one space. It is a
// comparison key only: never show its output to a user.
//
// The checker folds every word it reads, so Fold returns s itself, without
// allocating, when s is already its own key, and otherwise builds the key
// in one pass.
func Fold(s string) string {
	key, nfc := scanKey(s)
	if !nfc && norm.NFC.QuickSpanString(s) < len(s) {
		s = norm.NFC.String(s)
		key, _ = scanKey(s)
	}
	if key {
		return s
	}
	return foldKey(s)
}

// scanKey reports whether s, if in NFC, is its own key (valid UTF-8, no
// capital, only single spaces between words, no syllable whose mark could
// be placed the old way), and whether the table knows s to be in NFC.
func scanKey(s string) (key, nfc bool) {
	key, nfc = true, true
	prev, prev2 := rune(-1), rune(-1) // the two runes before, -1 at the start
	for i, r := range s {
		info := runeInfo(r)
		nfc = nfc && info.flags&latinNFC != 0
		switch {
		case r == ' ':
			if prev == -1 || prev == ' ' || i == len(s)-1 {
				key = false
			}
		case r == utf8.RuneError && isInvalid(s, i):
			key = false
		case info.lower != r || info.flags&latinSpace != 0:
			key = false
		}
		if info.flags&latinLetter == 0 && prev >= 0 && moves(prev2, prev) {
			key = false
		}
		if !key && !nfc {
			return false, false
		}
		prev2, prev = prev, r
	}
	return key && !moves(prev2, prev), nfc
}

// foldKey builds the key of s (in NFC): each rune in lower case (an
// invalid byte as U+FFFD, as strings.ToLower writes it), each run of white
// space as one space and none at the ends, the mark of each syllable that
// ends in a movable pair placed the old way.
func foldKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false // white space seen since the last word
	for _, r := range s {
		info := runeInfo(r)
		if info.flags&latinSpace != 0 {
			space = len(b) > 0
			continue
		}
		if space {
			b = foldTail(b)
			b = append(b, ' ')
			space = false
		}
		r = info.lower
		if runeInfo(r).flags&latinLetter == 0 {
			b = foldTail(b)
		}
		b = utf8.AppendRune(b, r)
	}
	b = foldTail(b)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// foldTail places the old way the mark of the syllable b ends with, when
// it ends in a movable pair not after "q": "hoà" -> "hòa", "uỷ" -> "ủy".
func foldTail(b []byte) []byte {
	last, n := utf8.DecodeLastRune(b)
	vowel, marked := oldStyle(last)
	if marked == 0 || len(b) == n {
		return b
	}
	base, m := utf8.DecodeLastRune(b[:len(b)-n])
	if base != vowel || len(b) > n+m && b[len(b)-n-m-1] == 'q' {
		return b
	}
	b = b[:len(b)-n-m]
	b = utf8.AppendRune(b, marked)
	return utf8.AppendRune(b, plainOf(last))
}

// moves reports whether the pair base, last ends a syllable whose mark
// Fold moves.
func moves(base, last rune) bool {
	vowel, marked := oldStyle(last)
	return marked != 0 && base == vowel
}

// oldStyle gives, for the last letter of a movable pair written the new
// way (the mark on its second vowel: "oà", "uỷ"), the first vowel of the
// pair and that vowel with the mark: 'à' -> 'o', 'ò'. 0 for any other rune.
// See newStyle in the tests for the pairs.
func oldStyle(r rune) (vowel, marked rune) {
	switch r {
	case 'à', 'è':
		return 'o', 'ò'
	case 'á', 'é':
		return 'o', 'ó'
	case 'ả', 'ẻ':
		return 'o', 'ỏ'
	case 'ã', 'ẽ':
		return 'o', 'õ'
	case 'ạ', 'ẹ':
		return 'o', 'ọ'
	case 'ỳ':
		return 'u', 'ù'
	case 'ý':
		return 'u', 'ú'
	case 'ỷ':
		return 'u', 'ủ'
	case 'ỹ':
		return 'u', 'ũ'
	case 'ỵ':
		return 'u', 'ụ'
	}
	return 0, 0
}

// plainOf is the second vowel of a pair without its mark.
func plainOf(r rune) rune {
	switch r {
	case 'à', 'á', 'ả', 'ã', 'ạ':
		return 'a'
	case 'è', 'é', 'ẻ', 'ẽ', 'ẹ':
		return 'e'
	}
	return 'y'
}

func asciiSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}

// isInvalid reports whether the U+FFFD at s[i] stands for an invalid byte.
func isInvalid(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n == 1
}
