package check

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"golang.org/x/text/unicode/norm"
)

// spelledWords are the words of a run of prose, in order, each as its
// initial (without marks, in capitals) and folded: what an abbreviation
// is held against to tell whether its full form was written. The texts
// added are split into words only when an abbreviation asks for them:
// most abbreviations are defined in brackets or let stand, and most
// notices need no text split.
type spelledWords struct {
	v       *View    // whose index splits the texts and folds their words
	texts   []string // added, in order
	starts  []int    // starts[k]: the first word of texts[k], for those split
	initial []rune
	folded  []*lexeme // the lexemes of the words' folded forms
}

// add appends the text s and returns its index.
func (sw *spelledWords) add(s string) int {
	sw.texts = append(sw.texts, s)
	return len(sw.texts) - 1
}

// wordsTo splits the texts up to the k-th added, that one included, and
// returns how many words stand before the k-th.
func (sw *spelledWords) wordsTo(k int) int {
	for len(sw.starts) <= k {
		sw.starts = append(sw.starts, len(sw.initial))
		x := sw.v.index(sw.texts[len(sw.starts)-1]) // its words are wordsWithOffsets'
		l := sw.v.lexicon()
		for i := range x.words {
			sw.initial = append(sw.initial, x.lex[i].initial())   // initialOf(w.text)
			sw.folded = append(sw.folded, l.foldLexeme(x.lex[i])) // cite.Fold(w.text)
		}
	}
	return sw.starts[k]
}

// wordsAt is how many words stand before byte off of the k-th text
// added: wordsTo(k) and the words of that text before off, found by
// halves among its index's words (wordsWithOffsets', in order) rather
// than by splitting the text again.
func (sw *spelledWords) wordsAt(k, off int) int {
	n := sw.wordsTo(k)
	words := sw.v.index(sw.texts[k]).words
	return n + sort.Search(len(words), func(i int) bool { return words[i].off >= off })
}

// initialOf is the first letter of w without its marks, in capitals:
// "Ủy" gives 'U', "đồng" 'Đ'.
func initialOf(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	if r >= utf8.RuneSelf && r != 'đ' && r != 'Đ' {
		r, _ = utf8.DecodeRuneInString(norm.NFD.String(string(r)))
	}
	return unicode.ToUpper(r)
}

// lettersOf are the letters of an abbreviation as initials: "GD&ĐT" is
// G, D, Đ, T.
func lettersOf(abbr string) []rune {
	var out []rune
	for _, r := range abbr {
		if isLetter(r) {
			out = append(out, initialOf(string(r)))
		}
	}
	return out
}

// spells reports whether the first n words hold a run whose initials are
// the letters of abbr, a "và" between them left out or not: "bảo hiểm xã
// hội" spells BHXH, "Giáo dục và Đào tạo" GD&ĐT and GDĐT.
func (sw *spelledWords) spells(abbr string, n int) bool {
	letters := lettersOf(abbr)
	if len(letters) == 0 {
		return false
	}
	n = min(n, len(sw.initial))
	for i := 0; i < n; i++ {
		if sw.initial[i] == letters[0] && sw.matchFrom(letters, i, n) {
			return true
		}
	}
	return false
}

func (sw *spelledWords) matchFrom(letters []rune, i, n int) bool {
	if len(letters) == 0 {
		return true
	}
	if i >= n {
		return false
	}
	if sw.folded[i].text == "và" && sw.matchFrom(letters, i+1, n) {
		return true
	}
	return sw.initial[i] == letters[0] && sw.matchFrom(letters[1:], i+1, n)
}

// spellsBefore is spells of a run that ends right before the n-th word.
func (sw *spelledWords) spellsBefore(abbr string, n int) bool {
	letters := lettersOf(abbr)
	n = min(n, len(sw.initial))
	for i := n - 1; i >= 0 && len(letters) > 0 && n-i <= 2*len(letters); i-- {
		if sw.initial[i] == letters[0] && sw.matchTo(letters, i, n) {
			return true
		}
	}
	return false
}

// matchTo is matchFrom of a run that takes every word up to the n-th.
func (sw *spelledWords) matchTo(letters []rune, i, n int) bool {
	if len(letters) == 0 || i >= n {
		return len(letters) == 0 && i == n
	}
	if sw.folded[i].text == "và" && sw.matchTo(letters, i+1, n) {
		return true
	}
	return sw.initial[i] == letters[0] && sw.matchTo(letters[1:], i+1, n)
}

// holdsBefore is holds of the words keep ending right before the n-th.
func (sw *spelledWords) holdsBefore(keep []string, n int) bool {
	n = min(n, len(sw.folded))
	i := n - len(keep)
	if i < 0 {
		return false
	}
	for j, w := range keep {
		if sw.folded[i+j].text != w {
			return false
		}
	}
	return true
}

// holds reports whether the first n words hold keep, the fullWords of a
// full form, in any case: "Ủy ban nhân dân" in "của Ủy ban nhân dân
// tỉnh". The words are compared by their lexemes: a word of keep the
// lexicon holds no lexeme of is no folded form of any word split so far
// (wordsTo made the lexemes of them all), and keep is not held.
func (sw *spelledWords) holds(keep []string, n int) bool {
	n = min(n, len(sw.folded))
	if len(keep) == 0 || len(keep) > n {
		return len(keep) == 0
	}
	var buf [8]*lexeme
	want := buf[:0]
	l := sw.v.lexicon()
	for _, w := range keep {
		x := l.find(w)
		if x == nil {
			return false
		}
		want = append(want, x)
	}
	return lexemesAt(sw.folded[:n], want)
}

// lexemesAt reports whether the run want stands anywhere in words.
func lexemesAt(words, want []*lexeme) bool {
	for i := 0; i+len(want) <= len(words); i++ {
		if words[i] != want[0] {
			continue
		}
		j := 1
		for j < len(want) && words[i+j] == want[j] {
			j++
		}
		if j == len(want) {
			return true
		}
	}
	return false
}

// fullWords are the words of an abbreviation's full form, folded, as
// spelledWords keeps them: no dash or comma.
func fullWords(full string) []string {
	var keep []string
	for _, w := range strings.Fields(cite.Fold(full)) {
		if w != "-" && w != "," {
			keep = append(keep, strings.Trim(w, ",-"))
		}
	}
	return keep
}
