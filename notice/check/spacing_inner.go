package check

import (
	"strings"
	"unicode/utf8"
)

// bracketSpaces finds, as `[(\[“] [\p{L}\d]+|[\p{L}\d]+(?:…|\.\.\.)? [)\]”]` would
// (FindAllStringIndex), a space typed inside a bracket or quotation mark:
// "( T/h)", "“ báo cáo”", "(kèm QĐ 06/2010/QĐ-TTg )", between the mark
// and a word or number. A draft's blank "( )" is not that, nor a
// quotation that ends after its own colon ("...: ”"), nor are two spaces
// (doubleSpace's). Each match is [start, end); the space is right after
// the opening mark or right before the closing one.
func bracketSpaces(s string) [][]int {
	if !spaceByBracket(s) {
		return nil
	}
	var out [][]int
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '(' || r == '[' || r == '“':
			if strings.HasPrefix(s[i+w:], " ") {
				if e := wordRunEnd(s, i+w+1); e > i+w+1 {
					out = append(out, []int{i, e})
					i = e
					continue
				}
			}
			i += w
		case isWordRune(r):
			e := wordRunEnd(s, i)
			if strings.HasPrefix(s[e:], "…") || strings.HasPrefix(s[e:], "...") {
				e += 3 // an ellipsis glued to the word: "panô… )" (r75)
			}
			if strings.HasPrefix(s[e:], " ") {
				c, cw := utf8.DecodeRuneInString(s[e+1:])
				if c == ')' || c == ']' || c == '”' {
					out = append(out, []int{i, e + 1 + cw})
					i = e + 1 + cw
					continue
				}
			}
			i = e
		default:
			i += w
		}
	}
	return out
}

// spaceByBracket reports whether s has a space right after an opening
// mark or right before a closing one, as every match of bracketSpaces
// does: a look from one space to the next before its walk of every
// character.
func spaceByBracket(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && (s[i-1] == '(' || s[i-1] == '[') || strings.HasSuffix(s[:i], "“") {
			return true
		}
		if i+1 < len(s) && (s[i+1] == ')' || s[i+1] == ']') || strings.HasPrefix(s[i+1:], "”") {
			return true
		}
	}
}

// isWordRune is [\p{L}\d]: a letter or an ASCII digit.
func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || isLetter(r)
}

// wordRunEnd is the end of the run of isWordRune characters from i.
func wordRunEnd(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += w
	}
	return i
}

// compoundDashes finds, as `\p{L}*\p{Lu}\p{L}* -\d+` would
// (FindAllStringIndex), a space before the hyphen of a name and its
// number, glued on the other side: "Covid -19", "SARS-CoV -2". A minus
// sign ("nhiệt độ -5") follows a word in small letters, and is not this.
func compoundDashes(s string) [][]int {
	var out [][]int
	for from := 0; ; {
		i := indexLit(s[from:], " -")
		if i < 0 {
			return out
		}
		at := from + i
		digits := at + 2
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			digits++
		}
		start, upper := at, false
		for start > from {
			r, w := utf8.DecodeLastRuneInString(s[from:start])
			if !isLetter(r) {
				break
			}
			upper = upper || isUpperRune(r)
			start -= w
		}
		if !upper || digits == at+2 {
			from = at + 1
			continue
		}
		out = append(out, []int{start, digits})
		from = digits
	}
}

// opensQuote reports whether the match of bracketSpaces ending at end in
// s ends with a closing quotation mark that opens a quotation: a word or
// number runs on right after it, where a closing mark is followed by a
// space, a mark or the end.
func opensQuote(s string, end int) bool {
	if !strings.HasSuffix(s[:end], "”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return isWordRune(r)
}
