package check

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"golang.org/x/text/unicode/norm"
)

// A word typed with no mark at all is left by notSyllable: a name, a
// code, a word of another language ("chat", "robot"). Two shapes of such
// a word are no Vietnamese syllable and no word the notices borrow:
// a syllable that ends in p, t, c or ch with no tone ("Lich thi" for
// "Lịch thi": such a syllable takes the rising or the heavy tone), and a
// rhyme "uu" ("Có uu tiên" for "ưu tiên": Vietnamese writes it "ưu"
// only). bareSlip reads them in a notice written with marks, on a word
// in small letters (or with the capital of a sentence's or a point's
// first word) standing among words: none inside brackets or quotation
// marks, a link, a file's name or a code ("(doc)", "Cat 359/659-S",
// "tai-lieu.doc"), the word after it Vietnamese-shaped, a marked word
// near it; and none in a notice with a passage typed without marks
// (no-diacritics': "Ket qua thuc hien ...").

// bareSlip returns why word i of x is no Vietnamese syllable and how it
// may be written ("Lích", "Lịch"), when it is one of the two shapes
// above.
func bareSlip(x *textIndex, i int) (diag.Text, []string, bool) {
	w := x.words[i]
	if n := len(w.text); n < 2 || n > 7 || !bareEnding(w.text) || !isASCIIWord(w.text) {
		return diag.Text{}, nil, false
	}
	if up := w.text != strings.ToLower(w.text); up && (!isUpperRune(rune(w.text[0])) || w.text[1:] != strings.ToLower(w.text[1:]) || !sentenceOpens(x.text, w.off)) {
		return diag.Text{}, nil, false // a name, an abbreviation: "Chip", "Cat", "VT"
	}
	if !bareShape(w.text) {
		return diag.Text{}, nil, false
	}
	if !amongWords(x, i) {
		return diag.Text{}, nil, false
	}
	low := strings.ToLower(w.text)
	if strings.Contains(low, "uu") {
		fix := recase(strings.Replace(low, "uu", "ưu", 1), w.text != low)
		if _, bad := notSyllable(strings.ToLower(fix)); bad {
			return diag.Text{}, nil, false
		}
		return diag.Msg("tiếng Việt không có vần \"uu\" (thiếu dấu móc)", "Vietnamese has no rhyme \"uu\" (a horn missing)"), []string{fix}, true
	}
	var fixes []string
	for _, tone := range []string{"\u0301", "\u0323"} {
		t := toneOnLastVowel(low, tone)
		if _, bad := notSyllable(t); t == "" || bad {
			return diag.Text{}, nil, false
		}
		fixes = append(fixes, recase(t, w.text != low))
	}
	return diag.Msg("chữ tận cùng bằng p, t, c, ch phải mang dấu sắc hoặc dấu nặng", "a syllable ending in p, t, c or ch takes the rising or the heavy tone"),
		fixes, true
}

// bareEnding reports whether a word of two bytes or more ends as bareShape
// asks, in p, t, c, ch or uu: asked first, before the word's letters and
// its shape, of every word of the prose ("anh", "thu", "sinh" end in h or
// u and are none).
func bareEnding(w string) bool {
	n := len(w)
	switch w[n-1] | 0x20 {
	case 'p', 't', 'c':
		return true
	case 'h':
		return w[n-2]|0x20 == 'c'
	case 'u':
		return w[n-2]|0x20 == 'u'
	}
	return false
}

// bareShape reports a word of ASCII letters spelt as a Vietnamese
// syllable would be without its marks (bareSyllableRe), that ends in p,
// t, c or ch or holds the rhyme "uu".
func bareShape(w string) bool {
	low := strings.ToLower(w)
	return !bareLoans()[low] && bareSyllableRe().MatchString(low)
}

// bareLoans are English words spelt as a Vietnamese syllable without its
// marks that notices borrow as they are ("nhóm chat của lớp", "top 10",
// "điểm nóng hot"): no slips.
var bareLoans = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"chat": true, "chip": true, "top": true, "hot": true, "set": true}
})

// bareSyllableRe is a syllable in small letters without marks: a start
// and a rhyme of Vietnamese that ends in p, t, c or ch ("lich", "quyet",
// "thuoc", "hoach") or is "uu" ("uu", "luu"). English words of such a
// shape ("chat", "top") stand in a phrase of their own, read by
// amongWords.
var bareSyllableRe = lazyre.New(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:(a|e|i|o|u|ie|ye|uo|oa|oe|ua|uy|uye|oo)[ptc]|(a|e|i|oa|ue|uy)ch|uu)$`)

// isASCIIWord reports a word of ASCII letters only.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// amongWords reports whether word i of x stands among words: the bytes
// either side of it are spaces or a sentence's stops (",;:" after, a
// list marker or the line's start before), never a bracket, a quotation
// mark, a slash, a dot or a hyphen of a link, a file's name or a code,
// and the word after it is Vietnamese-shaped in small letters.
func amongWords(x *textIndex, i int) bool {
	w := x.words[i]
	if insideQuote(x.text[:w.off]) {
		return false // "Think about it": a phrase of another language
	}
	if w.off > 0 && !strings.ContainsRune(" \t", rune(x.text[w.off-1])) {
		return false
	}
	if w.end < len(x.text) && !strings.ContainsRune(" \t,;:", rune(x.text[w.end])) {
		return false
	}
	if i+1 >= len(x.words) || !x.spaced[i+1] {
		return false
	}
	next := x.words[i+1].text
	return next == strings.ToLower(next) && syllableShape(next) && amongMarked(x, i)
}

// amongMarked reports whether a word parted from word i by spaces only,
// the one before it or the one after, carries a Vietnamese mark or
// letter ("Có uu tiên", "Du lich năm"), or the text is a heading of four
// words at most, all spelt as Vietnamese is ("1. Lich thi"): a word of an
// English phrase ("cut at the", "not set up") stands among none.
func amongMarked(x *textIndex, i int) bool {
	if len(x.words) <= 4 {
		for _, w := range x.words {
			if !syllableShape(strings.ToLower(w.text)) {
				return false
			}
		}
		return true
	}
	return i > 0 && x.spaced[i] && !isASCIIWord(x.words[i-1].text) || i+1 < len(x.words) && x.spaced[i+1] && !isASCIIWord(x.words[i+1].text)
}

// toneOnLastVowel is w, a syllable in small letters with a final
// consonant, with tone (a combining mark) on its last vowel, in NFC; ""
// when w has no vowel.
func toneOnLastVowel(w, tone string) string {
	at := strings.LastIndexFunc(w, func(r rune) bool { return strings.ContainsRune("aeiouy", r) })
	if at < 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(w[at:])
	return norm.NFC.String(w[:at+n] + tone + w[at+n:])
}

// reportBare says a word bareSlip read, with the one way or the two ways
// it may be written.
func reportBare(p *Pass, seg *Seg, off int, w string, why diag.Text, fixes []string) {
	msg := diag.Text{VI: fmt.Sprintf("%q không phải chữ tiếng Việt: %s", w, why.VI), EN: fmt.Sprintf("%q is no Vietnamese word: %s", w, why.EN)}
	if len(fixes) == 1 {
		p.Report(seg, off, msg, diag.Msg("viết %q", "write %q", fixes[0]))
		return
	}
	p.Report(seg, off, msg, diag.Msg("thêm dấu: viết %q hoặc %q, theo nghĩa của câu", "add its tone: write %q or %q, as the sentence means", fixes[0], fixes[1]))
}

// bareText is typedBare(v), asked once a notice: *memo holds 0 before
// it is asked, then 1 for false and 2 for true.
func bareText(v *View, memo *int) bool {
	if *memo == 0 {
		*memo = 1
		if typedBare(v) {
			*memo = 2
		}
	}
	return *memo == 2
}

// insideQuote reports whether the text before a word leaves a quotation or a
// bracket open: the word stands inside it.
func insideQuote(before string) bool {
	straight := strings.Count(before, "\"")%2 == 1
	return straight || strings.Count(before, "“") > strings.Count(before, "”") || strings.Count(before, "(") > strings.Count(before, ")")
}
