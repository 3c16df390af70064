package check

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mayGlue reports whether hasGlue may find glue in the text of x from
// byte from to byte to, read from the text's words (letter runs) instead
// of its every rune; when it reports false, hasGlue of that span is
// false. hasGlue finds glue at one of three places, each in or at a word
// of the index:
//   - a capital after two small letters or more: three letters in a
//     row, so in one word, which capsAfterSmall holds;
//   - a small letter right after a figure: a word that starts right after
//     a figure of the span;
//   - "ngày" run into a date at a field's start: a word that ends in
//     "ngày" with a figure right after it in the span.
//
// A word the span cuts is read whole, which can only say "may" more
// often. TestMayGlueCoversHasGlue holds it to hasGlue on every line of
// testdata cut at every stop and on made texts.
func mayGlue(x *textIndex, from, to int) bool {
	s := x.text
	ws := x.words
	for i := sort.Search(len(ws), func(i int) bool { return ws[i].end > from }); i < len(ws) && ws[i].off < to; i++ {
		w := ws[i]
		if x.lex[i].in(capsAfterSmall) {
			return true
		}
		if w.off > from && endsInFigure(s[from:w.off]) {
			return true
		}
		if w.end < to && s[w.end] >= '0' && s[w.end] <= '9' && strings.HasSuffix(w.text, "ngày") {
			return true
		}
	}
	return false
}

// endsInFigure reports whether s may end in a figure (hasGlue's digit:
// an ASCII one or another of unicode.IsDigit); broken bytes at its end
// answer yes, as they are not read back here the way hasGlue reads them.
func endsInFigure(s string) bool {
	c := s[len(s)-1]
	if c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == utf8.RuneError || unicode.IsDigit(r)
}

// capsAfterSmall holds the words with a capital right after two small
// letters or more ("củaGiám"), as hasGlue reads them.
var capsAfterSmall = newWordSet(func(x *lexeme) bool {
	lower := 0
	for _, r := range x.text {
		var up, low bool
		if r < utf8.RuneSelf {
			up, low = 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z'
		} else {
			k := classOf(r)
			up, low = k&classUpper != 0, k&classLower != 0
		}
		if up && lower >= 2 {
			return true
		}
		if low {
			lower++
		} else {
			lower = 0
		}
	}
	return false
})
