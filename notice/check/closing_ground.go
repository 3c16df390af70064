package check

import (
	"strings"
	"unicode/utf8"
)

// endsOnGround reports whether a body ends on a ground of its list of
// grounds: its last paragraph is a "Căn cứ ..." and the paragraph before
// it one more ground ending with ";". A body does not end on what it
// rests on, so the text was cut before its end (a copy the search
// service cut after the căn cứ) and there is no last sentence to judge;
// required says the end is missing. A ground that goes on to its main
// clause after a comma ("Căn cứ ..., Trường Tiểu học Xuân Lương thông
// báo ...") is the body's last sentence: any ", " before a capital keeps
// the paragraph judged.
func endsOnGround(body []Seg, i int) bool {
	return i > 0 && isGround(body[i].Text) && !commaCapital(body[i].Text) && isGround(body[i-1].Text) &&
		strings.HasSuffix(strings.TrimSpace(body[i-1].Text), ";")
}

// commaCapital reports whether t has a comma, a space, then a capital.
func commaCapital(t string) bool {
	for i := indexLit(t, ", "); i >= 0; {
		r, _ := utf8.DecodeRuneInString(t[i+2:])
		if isUpperRune(r) {
			return true
		}
		k := indexLit(t[i+2:], ", ")
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

func isGround(t string) bool {
	t = strings.TrimLeft(t, " -+•")
	return strings.HasPrefix(t, "Căn cứ ") || strings.HasPrefix(t, "căn cứ ")
}
