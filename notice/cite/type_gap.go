package cite

import (
	"strings"
	"unicode/utf8"
)

// typeGap reports whether g, what stands between a type name and the
// number after it, is a gap typeBefore takes: gapRe().MatchString(g),
// read by a walk over g's few bytes instead of the expression, whose
// program (a case-insensitive alternation with a clause of 1 to 60
// characters) the backtracker tried at some 14,000 instructions a
// citation. Its two forms: white space, "hành động" and "số" or "số:"
// (" số ", " hành động số "); or "của" and a clause before a colon, then
// "số" (" của UBND tỉnh: số ", ": ").
func typeGap(g string) bool {
	return spacedGap(g) || colonGap(g)
}

// gapSpaceAt is the width of the white space of gapRe ([\s\x{00A0}]) at
// byte i of g, 0 when none stands there.
func gapSpaceAt(g string, i int) int {
	if i >= len(g) {
		return 0
	}
	switch g[i] {
	case ' ', '\t', '\n', '\f', '\r':
		return 1
	case 0xC2:
		if i+1 < len(g) && g[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// gapSpaces is where the white space at byte i of g ends, and how many
// characters it holds.
func gapSpaces(g string, i int) (end, n int) {
	for {
		w := gapSpaceAt(g, i)
		if w == 0 {
			return i, n
		}
		i, n = i+w, n+1
	}
}

// spacedGap is the first form, `^[\s\x{00A0}]+(?:hành[\s\x{00A0}]+động[\s\x{00A0}]+)?(?:số:?[\s\x{00A0}]*)?$`
// case-insensitive.
func spacedGap(g string) bool {
	i, n := gapSpaces(g, 0)
	if n == 0 {
		return false
	}
	if soTail(g, i, true) {
		return true
	}
	if j := foldLiteral(g, i, "hành"); j >= 0 {
		if j, n = gapSpaces(g, j); n > 0 {
			if j = foldLiteral(g, j, "động"); j >= 0 {
				if j, n = gapSpaces(g, j); n > 0 {
					return soTail(g, j, true)
				}
			}
		}
	}
	return false
}

// soTail reports whether g[i:] is `(?:số:?[\s\x{00A0}]*)?$`
// case-insensitive, without the colon unless colon.
func soTail(g string, i int, colon bool) bool {
	if i == len(g) {
		return true
	}
	j := foldLiteral(g, i, "số")
	if j < 0 {
		return false
	}
	if colon && j < len(g) && g[j] == ':' {
		j++
	}
	j, _ = gapSpaces(g, j)
	return j == len(g)
}

// colonGap is the second form, `^[\s\x{00A0}]*(?:của[\s\x{00A0}]+[^:;.]{1,60})?:[\s\x{00A0}]*(?:số[\s\x{00A0}]*)?$`
// case-insensitive.
func colonGap(g string) bool {
	i, _ := gapSpaces(g, 0)
	if i < len(g) && g[i] == ':' {
		return colonTail(g, i+1)
	}
	j := foldLiteral(g, i, "của")
	if j < 0 {
		return false
	}
	_, lead := gapSpaces(g, j) // the white space after "của": some of it may be the clause's
	c := strings.IndexAny(g[j:], ":;.")
	if lead == 0 || c < 0 || g[j+c] != ':' {
		return false
	}
	n := utf8.RuneCountInString(g[j : j+c]) // each byte that is not UTF-8 one character, as the expression reads it
	if n < 2 || n-min(lead, n-1) > 60 {
		return false
	}
	return colonTail(g, j+c+1)
}

// colonTail reports whether g[i:] is `[\s\x{00A0}]*(?:số[\s\x{00A0}]*)?$`
// case-insensitive.
func colonTail(g string, i int) bool {
	i, _ = gapSpaces(g, i)
	return soTail(g, i, false)
}
