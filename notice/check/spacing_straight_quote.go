package check

import (
	"strings"
	"unicode/utf8"
)

// straightQuoteSpaces finds a space typed inside the one pair of straight
// quotation marks of a paragraph (`ban hành " Quy định ... Hải Phòng "
// kèm theo`): with two marks and no more, the first opens and the second
// closes, so a space between the first and the word after it, or between
// the word before the second and it, is stray, as bracketSpaces says of
// “ ”. Each match is [start, end), from the mark through the word after it
// or from the word before the mark through it. A paragraph with one mark or
// three is unbalanced's, and two marks with nothing but spaces between
// (ditto marks) hold no quotation, nor do the seconds of a coordinate
// (`20°57'14,6" N, 107°02'38,2" E`, secondsMark).
func straightQuoteSpaces(s string) [][]int {
	if strings.Count(s, `"`) != 2 {
		return nil
	}
	a, b := strings.IndexByte(s, '"'), strings.LastIndexByte(s, '"')
	if strings.TrimSpace(s[a+1:b]) == "" || secondsMark(s, a) || secondsMark(s, b) {
		return nil
	}
	var out [][]int
	if strings.HasPrefix(s[a+1:], " ") {
		if e := wordRunEnd(s, a+2); e > a+2 {
			out = append(out, []int{a, e})
		}
	}
	if strings.HasSuffix(s[:b], " ") {
		if start := wordRunStart(s, b-1); start < b-1 {
			out = append(out, []int{start, b + 1})
		}
	}
	return out
}

// wordRunStart is the start of the run of isWordRune characters that ends
// at byte end.
func wordRunStart(s string, end int) int {
	for end > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:end])
		if !isWordRune(r) {
			break
		}
		end -= w
	}
	return end
}

// secondsMark reports whether the straight quotation mark at s[i] is the
// seconds of an angle: right after a figure (its decimals with "," or
// ".") that a minutes mark "'" opens, as coordinates write them
// ("20°57'14,6\" N").
func secondsMark(s string, i int) bool {
	k := i
	for k > 0 && (s[k-1] >= '0' && s[k-1] <= '9' || s[k-1] == ',' || s[k-1] == '.') {
		k--
	}
	return k < i && k > 0 && s[k-1] == '\'' && s[i-1] >= '0' && s[i-1] <= '9'
}
