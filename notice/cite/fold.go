package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// newStyle maps the "new style" tone placement of an open syllable to the
// old one, so that "hoà" and "hòa", "uỷ" and "ủy" compare equal (spec
// §1.5). Only a syllable that ends in the pair can place its mark either
// way: "hoạch", "toán" cannot.
var newStyle = map[string]string{
	"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
	"uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}

// Fold returns a comparison key for Vietnamese text: NFC, lower case, tone
// placement folded, runs of white space reduced to one space. It is a
// comparison key only: never show its output to a user.
func Fold(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = foldWord(w)
	}
	return strings.Join(words, " ")
}

// foldWord folds the tone placement of the syllables of w that end in a
// movable pair (a syllable ends where letters stop).
func foldWord(w string) string {
	var b strings.Builder
	start := 0
	flush := func(end int) {
		syl := w[start:end]
		for k, v := range newStyle {
			if strings.HasSuffix(syl, k) && !strings.HasSuffix(syl, "q"+k) {
				syl = syl[:len(syl)-len(k)] + v
				break
			}
		}
		b.WriteString(syl)
	}
	for i, r := range w {
		if !unicode.IsLetter(r) {
			flush(i)
			b.WriteRune(r)
			start = i + utf8.RuneLen(r)
		}
	}
	flush(len(w))
	return b.String()
}
