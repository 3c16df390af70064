package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedSyllables returns where a word splits into two Vietnamese
// syllables typed with no space between them ("phườngthuộc", "chứclớp",
// "Giáodục"), -1 when it does not. The word has two runs of vowels with
// consonants between (no syllable has), is in small letters but for its
// first, and has a Vietnamese letter or mark ("tuabin", a loan word
// written whole, has none); each part is spelt as a syllable of two
// letters or more, its tone fitting its end ("quyc" is none). The text
// must know the parts (known: they stand as words of their own
// elsewhere in it): both of them where the word parts more ways than
// one ("thực" "hiện" or "thự" "chiện", "Quy" "chế" or "Quyc" "hế"), one
// where it parts one way only ("chức" "lớp"). Among the ways the text
// knows, a second part that starts with a consonant wins ("bàn" "giao",
// not "bàng" "iao"), then the longest first part.
func gluedSyllables(w string, known func(string) bool) int {
	if low, ok := allCapitals(w); ok {
		return gluedCapitals(low, known)
	}
	if len(w) < 5 || !twoVowelRuns(w) {
		return -1
	}
	if !marked(w) {
		return gluedPlain(w, known)
	}
	at, atVowel, ways, only := -1, false, 0, -1
	for i := range w {
		if i == 0 {
			continue
		}
		left, right := w[:i], w[i:]
		if !syllablePart(left) || !syllablePart(right) {
			continue
		}
		ways++
		only = i
		if !known(strings.ToLower(left)) || !known(right) {
			continue
		}
		v := vowelStart(right)
		if at < 0 || atVowel || !v {
			at, atVowel = i, v
		}
	}
	if at < 0 && ways == 1 && (known(strings.ToLower(w[:only])) || known(w[only:])) {
		return only
	}
	return at
}

// syllablePart reports whether a part of a glued word is spelt as a
// Vietnamese syllable of two letters or more, its tone fitting its end.
func syllablePart(s string) bool {
	if utf8.RuneCountInString(s) < 2 || !hasVowel(s) || !vietSyllable(s) {
		return false
	}
	_, bad := notSyllable(strings.ToLower(s))
	return !bad
}

// twoVowelRuns reports whether w, a word of letters in small letters
// but for its first, holds two runs of vowels parted by consonants, the
// quick way out for the words that are one syllable.
func twoVowelRuns(w string) bool {
	runs, inVowel := 0, false
	for i, r := range w {
		if !isLetter(r) || i > 0 && isUpperRune(r) {
			return false // a code, an abbreviation, two names
		}
		if r >= utf8.RuneSelf {
			if x := letterTone(r); x.bare != 0 {
				r = x.bare
			}
		}
		v := strings.ContainsRune("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY", r)
		if v && !inVowel {
			runs++
		}
		inVowel = v
	}
	return runs == 2
}

// vowelStart reports whether s starts with a vowel, its tone aside.
func vowelStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if x := letterTone(r); x.bare != 0 {
		r = x.bare
	}
	return strings.ContainsRune("aăâeêioôơuưy", unicode.ToLower(r))
}

// marked reports whether w holds a letter beyond ASCII: a Vietnamese
// letter or tone mark.
func marked(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// allCapitals returns a word of two letters or more written all in
// capitals in small letters, false for any other word or one whose small
// letters take other bytes.
func allCapitals(w string) (string, bool) {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return "", false
		}
		n++
	}
	low := strings.ToLower(w)
	return low, n >= 2 && len(low) == len(w)
}

// gluedCapitals is gluedSyllables for a word in capitals (its small
// letters given), "BANHÀNH", "VÀXÂY" of a title: only a part where the
// text writes both syllables as words of their own ("ban", "hành")
// counts, since an abbreviation or a name in capitals parts many ways.
func gluedCapitals(w string, known func(string) bool) int {
	if len(w) < 5 || !marked(w) || !twoVowelRuns(w) {
		return -1
	}
	at, atVowel := -1, false
	for i := range w {
		if i == 0 || !syllablePart(w[:i]) || !syllablePart(w[i:]) || !known(w[:i]) || !known(w[i:]) {
			continue
		}
		v := vowelStart(w[i:])
		if at < 0 || atVowel || !v {
			at, atVowel = i, v
		}
	}
	return at
}

// gluedPlain is gluedSyllables for a word with no Vietnamese letter or
// mark, in small letters ("sinhtrong", "huynhtheo": two syllables whose
// marks are none): a loan word written whole ("tuabin", "video") has
// none either, so it parts only one way into two syllables, the first
// closed by a consonant ("tua" "bin" of "tuabin" is open) and the second
// opening with one, neither closed by "c", "ch", "p" or "t" (a syllable so
// closed bears a tone mark: "vac" of "vacxin" is a loan's spelling,
// syllable's), and where the text writes one part as a word of its own:
// each part of three letters at least, and the other written too or of
// four letters at least ("huynh" of "huynhtheo"). A loan parts so too
// into a short syllable, one the text often writes ("canxi" by "can
// thiệp", "tango", "samba", "manga"), and "ing" closes no Vietnamese
// syllable ("banking", "camping"; rv60).
func gluedPlain(w string, known func(string) bool) int {
	if w[0] < 'a' || w[0] > 'z' {
		return -1
	}
	at, ways := -1, 0
	for i := 1; i < len(w); i++ {
		left, right := w[:i], w[i:]
		if vowelStart(right) || vowelEnd(left) || stopEnd(left) || stopEnd(right) || !syllablePart(left) || !syllablePart(right) {
			continue
		}
		ways++
		kl, kr := known(left), known(right)
		if (kl && kr || kl && len(right) >= 4 || kr && len(left) >= 4) && len(left) >= 3 && len(right) >= 3 &&
			!strings.HasSuffix(left, "ing") && !strings.HasSuffix(right, "ing") {
			at = i
		}
	}
	if ways != 1 {
		return -1
	}
	return at
}

// vowelEnd reports whether s, in ASCII letters, ends with a vowel.
func vowelEnd(s string) bool {
	return s != "" && strings.IndexByte("aeiouy", s[len(s)-1]) >= 0
}

// inWebAddress reports whether the word of s from from to to, with no
// Vietnamese letter or mark, is glued to a mark of a web or mail address
// or a file's path ("https://tuyensinh.uit.edu.vn", "/thanhbinh/"): a
// host's or a folder's name, not two words.
func inWebAddress(s string, from, to int) bool {
	if marked(s[from:to]) {
		return false
	}
	addr := func(b byte) bool { return strings.IndexByte("./@_-:=?&#%~\\", b) >= 0 }
	return from > 0 && addr(s[from-1]) || to < len(s) && addr(s[to])
}

// stopEnd reports whether s, in ASCII letters, ends with a stop ("c",
// "ch", "p", "t"), which a Vietnamese syllable with no tone mark never does.
func stopEnd(s string) bool {
	return strings.HasSuffix(s, "c") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "p") || strings.HasSuffix(s, "t")
}
