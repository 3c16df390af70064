package plain

import (
	"strings"
	"unicode"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// reactionsLine reports whether l is the count of a post's or a chat
// message's reactions as a page or an app prints it under the message
// ("❤️ 12  👍 5", "👍❤️ 86", "👍 1,2K"): pictographs and counts, nothing
// else. A line of the notice is words; a list's bullet rendered as a
// symbol is no pictograph (IsPictograph); a telephone number after a
// pictograph ("📞 0912 345 678", a hotline of the notice's own) is no
// count. tailLabel reads it as the message's end.
func reactionsLine(l line) bool {
	t := strings.TrimSpace(l.text)
	if l.pict == "" && !holdsPictograph(t) {
		return false
	}
	counts := 0
	var tok strings.Builder
	end := func() bool {
		if tok.Len() == 0 {
			return true
		}
		ok := countRe().MatchString(tok.String())
		tok.Reset()
		counts++
		return ok
	}
	for i := 0; i < len(t); {
		if n := pictographAt(t[i:]); n > 0 {
			if !end() {
				return false
			}
			i += n
			continue
		}
		r := rune(t[i])
		if r >= 0x80 {
			return false
		}
		if unicode.IsSpace(r) {
			if !end() {
				return false
			}
		} else {
			tok.WriteByte(t[i])
		}
		i++
	}
	return end() && counts > 0
}

// countRe is a count of reactions as a page prints it: "12", "1.234",
// "1,2K"; never a figure that opens with 0 ("0912", a telephone number's).
var countRe = lazyre.New(`^(?:0|[1-9]\d{0,2}(?:[.,]\d{3})*(?:[.,]\d)?[Kk]?)$`)
