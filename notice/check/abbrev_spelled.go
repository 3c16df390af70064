package check

import (
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
	folded  []string
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
		for i := range x.words {
			sw.initial = append(sw.initial, x.lex[i].initial()) // initialOf(w.text)
			sw.folded = append(sw.folded, x.lex[i].folded())    // cite.Fold(w.text)
		}
	}
	return sw.starts[k]
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
	if sw.folded[i] == "và" && sw.matchFrom(letters, i+1, n) {
		return true
	}
	return sw.initial[i] == letters[0] && sw.matchFrom(letters[1:], i+1, n)
}

// holds reports whether the first n words hold the words of full, in any
// case: "Ủy ban nhân dân" in "của Ủy ban nhân dân tỉnh".
func (sw *spelledWords) holds(full string, n int) bool {
	want := strings.Fields(cite.Fold(full))
	var keep []string
	for _, w := range want {
		if w != "-" && w != "," {
			keep = append(keep, strings.Trim(w, ",-"))
		}
	}
	n = min(n, len(sw.folded))
	for i := 0; i+len(keep) <= n; i++ {
		j := 0
		for j < len(keep) && sw.folded[i+j] == keep[j] {
			j++
		}
		if j == len(keep) {
			return true
		}
	}
	return false
}
