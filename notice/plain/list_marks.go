package plain

import "strings"

// listMarks start a Nơi nhận line as a web page renders a Word list, or as
// a drafter types it: "• Như trên.", "◦", "▪", "– " (an en dash). The
// lawful mark is "-", which recipient-line asks for; the line is a
// recipient all the same.
var listMarks = []string{"•", "◦", "▪", "●", "·", "–"}

// listMarked reports whether t starts with a list mark other than "-" or
// "+".
func listMarked(t string) bool {
	for _, m := range listMarks {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// TrimListMark returns t without its leading list mark ("-", "+", "•",
// ...) and the spaces after it.
func TrimListMark(t string) string {
	for _, m := range append([]string{"-", "+"}, listMarks...) {
		if strings.HasPrefix(t, m) {
			return strings.TrimLeft(t[len(m):], " ")
		}
	}
	return t
}
