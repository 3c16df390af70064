package check

import (
	"strings"
)

// codeGlued reports whether a cited number's last group ends with small
// letters glued to its capitals, a word the site joined to the code:
// "02/HQHP-TXNKngày 03/01/2012 của ...". What the reader takes after such
// a code is unsure, so citationFirstMention says nothing of it.
func codeGlued(raw string) bool {
	g := raw[strings.LastIndexAny(raw, "-/")+1:]
	upper, lower := 0, 0
	for _, r := range g {
		switch {
		case isUpperRune(r) && lower == 0:
			upper++
		case isLowerRune(r) && upper >= 2:
			lower++
		default:
			return false
		}
	}
	return lower >= 2
}
