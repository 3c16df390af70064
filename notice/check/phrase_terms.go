package check

import (
	"strings"
	"sync"

	"slices"

	"github.com/thongbao/thongbao/notice/cite"
	"golang.org/x/text/unicode/norm"
)

// termSlips makes the near-misses of a term of data/phrases.txt (a line
// starting with "~": "nghị định", "đơn vị", "báo cáo"): each word with one
// mark lost, its tone or its vowel's ˆ, ˘ or horn ("Nghị đinh", "Thông
// tu", "đơn vi", "triên khai"), or one consonant written as speech
// confuses it ("rà xoát", "đề suất": phrase_terms_consonant.go), the
// slips a clerk's eye passes over in the words it reads most. They are made as listed slips: said inside a
// name too ("Căn cứ Nghị đinh số ..."), and left where a phrase or an
// exception written right runs over their edge ("đơn vi phạm"). A term
// is no phrase: it covers no words, so that the longer phrases' slips
// around it stay said.
func termSlips(toks []string) [][]string {
	var out [][]string
	for i, t := range toks {
		if t == "," {
			continue
		}
		for _, m := range append(markLost(t), consonantSlips(t)...) {
			if !variantSwap(toks, i, m) {
				out = append(out, replaced(toks, i, m))
			}
		}
	}
	return append(out, twoMarksLost(toks)...)
}

// markLost returns a folded syllable with one of its marks taken off:
// the tone ("đinh" for "định"), or a vowel's ˆ, ˘ or horn, its tone kept
// ("tu" for "tư", "đon" for "đơn").
func markLost(w string) []string {
	d := []rune(norm.NFD.String(w))
	var out []string
	for i, r := range d {
		if !slices.Contains(toneMarks, r) && !isVowelMark(r) {
			continue
		}
		s := cite.Fold(norm.NFC.String(string(slices.Delete(slices.Clone(d), i, i+1))))
		if s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// termCase writes right, a term as listed, in the case of written, the
// term with its slip as the text has it, word by word: a term written in
// small letters is mended in small letters ("các nghị đinh" → "các nghị
// định"), one with capitals keeps them ("Thông tu" → "Thông tư").
func termCase(written, right string) string {
	w, r := strings.Fields(strings.ReplaceAll(written, ",", " ")), strings.Fields(right)
	if len(w) != len(r) {
		return right
	}
	for i := range r {
		r[i] = recase(r[i], startsUpper(w[i]))
	}
	return strings.Join(r, " ")
}

// capsNameRunsOn reports whether the term's slip at toks[i], written in
// capitals, goes on a name in capitals begun by a surname one or two
// words before it, the surname the first word in capitals there ("ông
// NGUYỄN VĂN BAN", "1. LÊ THỊ THANH TOAN"): the given name's words, not
// the term's ("VĂN BẢN", "THANH TOÁN"). A surname that is a word of a
// heading too ("TĂNG CƯỜNG CÔNG TAC ...") opens no name here.
func capsNameRunsOn(t string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := t[toks[k].off:toks[k].end]
		if toks[k].text == "." || toks[k].text == "," || strings.ToUpper(w) != w {
			return false
		}
		if name := nameCase([]string{w}); surnames()[name] && !headingWordSurnames()[name] {
			return k == 0 || toks[k-1].text == "." || toks[k-1].text == "," || strings.ToUpper(t[toks[k-1].off:toks[k-1].end]) != t[toks[k-1].off:toks[k-1].end]
		}
	}
	return false
}

// headingWordSurnames are surnames that are words a heading in capitals
// opens with too ("TĂNG CƯỜNG", "CAO ĐIỂM", "VĂN BẢN").
var headingWordSurnames = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"Tăng": true, "Cao": true, "Lại": true, "Mạnh": true, "Thân": true, "Văn": true, "Ông": true, "Kim": true, "Mai": true, "Hà": true}
})

// nameRunsOn reports whether the capitalised word at toks[i] goes on a
// name begun before it inside a sentence ("bà Lê Thị Nghi định cư"): a
// term's slip there is the name's last word, not the term's.
func nameRunsOn(toks []token, i int) bool {
	return toks[i].upper && i >= 2 && toks[i-1].upper && toks[i-2].text != "." && toks[i-2].text != ","
}
