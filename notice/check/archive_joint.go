package check

import (
	"strings"
	"unicode"
)

// jointKeepers reports whether an archive line's units are each "VT"
// and a body's abbreviation, two or more: "- Lưu: VT STC, VT SXD." of a
// notice two offices issue together (a liên ngành or liên tịch one),
// whose copies the văn thư of each keeps. A single "VT TH" is a comma
// left out, and is still said.
func jointKeepers(units []string) bool {
	if len(units) < 2 {
		return false
	}
	for _, u := range units {
		abbr, ok := strings.CutPrefix(u, "VT ")
		if !ok || !isAbbrevWord(abbr) {
			return false
		}
	}
	return true
}

// isAbbrevWord reports whether s is one word of capitals and figures
// ("STC", "SXD", "SNN&MT"), two letters or more.
func isAbbrevWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}
