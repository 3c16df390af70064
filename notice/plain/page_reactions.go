package plain

import (
	"strings"
	"unicode"
)

// reactionsLine reports whether l is the count of a post's or a chat
// message's reactions as a page or an app prints it under the message
// ("❤️ 12  👍 5", "👍❤️ 86"): pictographs and counts, nothing else. A line
// of the notice is words; a list's bullet rendered as a symbol is no
// pictograph (IsPictograph). tailLabel reads it as the message's end.
func reactionsLine(l line) bool {
	t := strings.TrimSpace(l.text)
	if l.pict == "" && !holdsPictograph(t) {
		return false
	}
	digits := false
	for i := 0; i < len(t); {
		if n := pictographAt(t[i:]); n > 0 {
			i += n
			continue
		}
		r := rune(t[i])
		if r >= 0x80 {
			return false
		}
		switch {
		case r >= '0' && r <= '9':
			digits = true
		case unicode.IsSpace(r) || r == '.' || r == ',' || r == 'K' || r == 'k':
		default:
			return false
		}
		i++
	}
	return digits
}
