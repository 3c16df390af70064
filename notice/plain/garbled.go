package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// The text layer of a scan, when the scanner's character recognition did
// not know Vietnamese, turns marks into digits, symbols and the letters of
// other languages ("TH0NG B4O", "K€t luân cüa"), or drops them all. Such a
// text cannot be checked: every rule would report noise.

const (
	// minWords: a text this short is judged on what it has only when it
	// is clearly garbled.
	minWords = 20
	// badShare is the share of garbled words from which a text is
	// unreadable; a real notice has well under one in a hundred (codes
	// such as "D40cm").
	badShare = 0.15
	// markedShare is the least share of words with Vietnamese marks a
	// readable text has; Vietnamese prose has more than half.
	markedShare = 0.15
)

// vowels are the Vietnamese vowels with every tone mark, lower case.
const vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"

// vowelSet marks the runes of vowels, for isVowel: looking one up is
// faster than searching the string, and garbled looks at every letter.
var vowelSet = func() *[0x1F00 / 64]uint64 {
	var set [0x1F00 / 64]uint64
	for _, r := range vowels {
		set[r/64] |= 1 << (r % 64)
	}
	return &set
}()

// isVowel reports whether r is in vowels.
func isVowel(r rune) bool {
	return r >= 0 && r < 0x1F00 && vowelSet[r/64]&(1<<(r%64)) != 0
}

// syllableRe is a Vietnamese syllable in lower case: an initial consonant,
// a vowel nucleus, a final consonant.
var syllableRe = lazyre.New(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[` + vowels + `]{1,3}(?:ch|ng|nh|[cmnpt])?$`)

// garbled reports whether the paragraphs read as a scan's garbled text
// layer: many words that no Vietnamese text has, or no marks at all.
func garbled(ps []Para) bool {
	words, bad, syllables, marked := 0, 0, 0, 0
	for _, p := range ps {
		for w := range strings.FieldsSeq(p.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if !hasLetter(w) {
				continue
			}
			words++
			if garbledWord(w) {
				bad++
				continue
			}
			if lw := strings.ToLower(w); isSyllable(lw) { // syllableRe().MatchString(lw)
				syllables++
				if strings.IndexFunc(lw, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
					marked++
				}
			}
		}
	}
	if words < minWords {
		return words >= 5 && bad*2 > words
	}
	return float64(bad) >= badShare*float64(words) ||
		syllables >= minWords && float64(marked) < markedShare*float64(syllables)
}

// syllableInitials are the initial consonants of syllableRe.
var syllableInitials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"}

// isSyllable is syllableRe().MatchString(s) without the expression: s
// is a rhyme (syllableRhyme) after no initial or after one of
// syllableInitials.
func isSyllable(s string) bool {
	if syllableRhyme(s) {
		return true
	}
	for _, in := range syllableInitials {
		if s != "" && s[0] == in[0] && strings.HasPrefix(s, in) && syllableRhyme(s[len(in):]) {
			return true
		}
	}
	return false
}

// syllableRhyme reports whether s is one to three vowels and a final
// consonant or none, as syllableRe ends.
func syllableRhyme(s string) bool {
	n, i := 0, 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isVowel(r) {
			break
		}
		n, i = n+1, i+w
	}
	if n < 1 || n > 3 {
		return false
	}
	switch s[i:] {
	case "", "ch", "ng", "nh", "c", "m", "n", "p", "t":
		return true
	}
	return false
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// garbledWord reports whether a word has what no Vietnamese word has: a
// letter of another alphabet or with a foreign mark, a symbol inside it,
// digits between letters ("t1ch", "TH0NG").
func garbledWord(w string) bool {
	prev := ' ' // the kind of the last rune: 'a' letter, '0' digit, ' ' other
	digitsAfterLetter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if !vietnameseLetter(r) {
				return true
			}
			if prev == '0' && digitsAfterLetter {
				return true
			}
			prev, digitsAfterLetter = 'a', false
		case unicode.IsDigit(r):
			if prev == 'a' {
				digitsAfterLetter = true
			}
			if prev != '0' && prev != 'a' {
				digitsAfterLetter = false
			}
			prev = '0'
		case strings.ContainsRune("-/.,:;'’()&+_%x×", r):
			prev, digitsAfterLetter = ' ', false
		default:
			return true // a symbol inside a word: "lu@n", "K€t"
		}
	}
	return false
}

// vietnameseLetter reports whether r is a letter of the Vietnamese
// alphabet, or one of the Latin letters it borrows (f, j, w, z).
func vietnameseLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	l := unicode.ToLower(r)
	return l == 'đ' || isVowel(l)
}
