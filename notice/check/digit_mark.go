package check

import "strings"

// digitMark reports whether s holds a figure, then the byte mark, then
// text that next accepts (next is given what follows the mark, never
// empty): the look a rule takes before an expression that opens with a
// figure and a mark ("30.phút", "36/P"), so that the expression is run
// only on the few texts that may hold a match.
func digitMark(s string, mark byte, next func(rest string) bool) bool {
	for i := 1; i+1 < len(s); i++ {
		j := strings.IndexByte(s[i:len(s)-1], mark)
		if j < 0 {
			return false
		}
		i += j
		if c := s[i-1]; c < '0' || c > '9' {
			continue
		}
		if next(s[i+1:]) {
			return true
		}
	}
	return false
}
