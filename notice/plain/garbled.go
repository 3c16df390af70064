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
func garbled(ps []Para) bool { return tallyWords(ps).unreadable() }

// tally counts the words of a text by what judgeWord makes of them.
type tally struct{ words, bad, syllables, marked int }

// tallyWords counts the words of the paragraphs: those with a letter,
// the garbled ones, the Vietnamese syllables and those with marks.
// A word is judged once a text: most words of a notice stand in it many
// times ("của", "và", "các").
func tallyWords(ps []Para) (t tally) {
	judged := map[string]wordKind{}
	for _, p := range ps {
		for w := range strings.FieldsSeq(p.Text) {
			k, ok := judged[w]
			if !ok {
				k = judgeWord(w)
				judged[w] = k
			}
			if k == notWord {
				continue
			}
			t.words++
			switch k {
			case badWord:
				t.bad++
			case markedSyllable:
				t.marked++
				fallthrough
			case syllable:
				t.syllables++
			}
		}
	}
	return t
}

// unreadable reports whether a text with these counts is garbled.
func (t tally) unreadable() bool {
	if t.words < minWords {
		return t.words >= 5 && t.bad*2 > t.words
	}
	return float64(t.bad) >= badShare*float64(t.words) ||
		t.syllables >= minWords && float64(t.marked) < markedShare*float64(t.syllables)
}

// wordKind is what judgeWord makes of a word.
type wordKind uint8

const (
	notWord        wordKind = iota // no letter once trimmed: not counted
	badWord                        // what no Vietnamese word has
	otherWord                      // readable, not a syllable ("UBND", "D40cm")
	syllable                       // a syllable without marks ("thong")
	markedSyllable                 // a syllable with marks or đ ("thông")
)

// runeClass sorts the ASCII runes as judgeWord does any rune: 'a' a
// letter, '0' a digit, '.' a mark allowed inside a word, 0 a symbol.
var runeClass = func() (c [utf8.RuneSelf]byte) {
	for r := 'a'; r <= 'z'; r++ {
		c[r], c[r-'a'+'A'] = 'a', 'a'
	}
	for r := '0'; r <= '9'; r++ {
		c[r] = '0'
	}
	for _, r := range "-/.,:;'()&+_%" {
		c[r] = '.'
	}
	return c
}()

// judgeWord trims a word of what is neither letter nor digit and
// judges it in one walk of its runes, lowering only a word that can be a
// syllable, into a buffer. A word is garbled when it has what no
// Vietnamese word has: a letter of another alphabet or with a foreign
// mark, a symbol inside it, digits between letters ("t1ch", "TH0NG").
func judgeWord(w string) wordKind {
	w = trimWord(w)
	var lower [32]byte // the word in lower case, while it can be a syllable
	n := 0             // the bytes of lower; -1 once it cannot be
	letter, marked := false, false
	prev := ' ' // the kind of the last rune: 'a' letter, '0' digit, ' ' other
	digitsAfterLetter := false
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		i += size
		class, l := byte(0), r // l: r in lower case, for a letter
		switch {
		case r < utf8.RuneSelf:
			class = runeClass[r]
			if 'A' <= r && r <= 'Z' {
				l = r + 'a' - 'A'
			}
		case isVowel(r) || r == 'đ': // most letters of a text, in lower case
			class = 'a'
		case unicode.IsLetter(r):
			class, l = 'a', unicode.ToLower(r)
			if l != 'đ' && !isVowel(l) {
				return badWord // a letter Vietnamese does not write
			}
		case unicode.IsDigit(r):
			class = '0'
		case r == '’' || r == '×':
			class = '.'
		}
		switch class {
		case 'a':
			if prev == '0' && digitsAfterLetter {
				return badWord
			}
			prev, digitsAfterLetter, letter = 'a', false, true
			if n >= 0 && n+utf8.UTFMax <= len(lower) {
				n += utf8.EncodeRune(lower[n:], l)
				marked = marked || l >= utf8.RuneSelf
			} else {
				n = -1 // longer than any syllable
			}
		case '0':
			if prev == 'a' {
				digitsAfterLetter = true
			}
			if prev != '0' && prev != 'a' {
				digitsAfterLetter = false
			}
			prev, n = '0', -1
		case '.':
			prev, digitsAfterLetter, n = ' ', false, -1
		default: // a symbol inside a word: "lu@n", "K€t"
			if letter || hasLetter(w[i:]) {
				return badWord
			}
			return notWord
		}
	}
	switch {
	case !letter:
		return notWord
	case n < 0 || !isSyllable(string(lower[:n])):
		return otherWord
	case marked:
		return markedSyllable
	}
	return syllable
}

// trimWord trims w of the runes that are neither letter nor digit at
// either end, as strings.TrimFunc would.
func trimWord(w string) string {
	for w != "" {
		r, size := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w)
		}
		if letterOrDigit(r) {
			break
		}
		w = w[size:]
	}
	for w != "" {
		r, size := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(w)
		}
		if letterOrDigit(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return runeClass[r] == 'a' || runeClass[r] == '0'
	}
	if isVowel(r) || r == 'đ' {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
	if s == "" {
		return false
	}
	for _, in := range initialsByByte[s[0]] {
		if strings.HasPrefix(s, in) && syllableRhyme(s[len(in):]) {
			return true
		}
	}
	return false
}

// initialsByByte are syllableInitials by their first byte: a word is
// tried only against the few that can begin it.
var initialsByByte = func() (t [256][]string) {
	for _, in := range syllableInitials {
		t[in[0]] = append(t[in[0]], in)
	}
	return t
}()

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

// hasLetter reports whether s has a letter of any alphabet.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
