package plain

import "strings"

// loneStar reports whether the "*" at byte i of raw stands between spaces
// with text on both sides ("165.000 đ * 1,2"): Markdown opens and closes
// no emphasis there (a "*" followed by a space opens none, one after a
// space closes none), so it is a character of the text, kept in a .txt as
// in a .md. A "*" at either end of the line ("* *", a bullet) is not one.
func loneStar(raw string, i int) bool {
	if i == 0 || i+1 >= len(raw) || !isBlankByte(raw[i-1]) || !isBlankByte(raw[i+1]) {
		return false
	}
	return strings.Trim(raw[:i], " \t*") != "" && strings.Trim(raw[i+1:], " \t*") != ""
}

func isBlankByte(b byte) bool { return b == ' ' || b == '\t' }
