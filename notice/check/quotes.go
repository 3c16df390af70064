package check

import "strings"

// quoted reports whether byte off of s lies inside quotation marks: a
// passage of another document quoted word for word, which the notice
// reports but did not write ("“Công trình ... đã được cấp ...”").
func quoted(s string, off int) bool {
	if !hasQuoteMark(s) {
		return false
	}
	depth := 0
	straight := false
	for i, r := range s {
		if i >= off {
			break
		}
		switch r {
		case '“':
			depth++
		case '”':
			depth = max(0, depth-1)
		case '"':
			straight = !straight
		}
	}
	return depth > 0 || straight
}

// hasQuoteMark is strings.ContainsAny(s, "“\""), by bytes: that decodes
// every rune of s, since "“" is no ASCII.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“")
}
