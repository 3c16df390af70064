package cite

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// toneFolder maps the "new style" tone placement to the old one, so that
// "hoà" and "hòa", "uỷ" and "ủy" compare equal (spec §1.5). It is a
// comparison key only: never show its output to a user.
var toneFolder = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
)

// Fold returns a comparison key for Vietnamese text: NFC, lower case, tone
// placement folded, runs of white space reduced to one space.
func Fold(s string) string {
	s = norm.NFC.String(s)
	s = strings.ToLower(s)
	s = toneFolder.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
