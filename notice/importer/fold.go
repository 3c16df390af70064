package importer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// bare is a comparison key: lower case, without tone and vowel marks, đ as
// d, white space folded. "CỘNG HÒA" is "cong hoa".
func bare(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
