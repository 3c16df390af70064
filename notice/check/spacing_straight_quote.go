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
// (ditto marks) hold no quotation.
func straightQuoteSpaces(s string) [][]int {
	if strings.Count(s, `"`) != 2 {
		return nil
	}
	a, b := strings.IndexByte(s, '"'), strings.LastIndexByte(s, '"')
	if strings.TrimSpace(s[a+1:b]) == "" {
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
