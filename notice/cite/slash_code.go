package cite

import (
	"unicode"
	"unicode/utf8"
)

// slashCode reads a cited number whose ký hiệu goes on after a second
// "/" where the decree writes "-", as some offices write their codes
// ("Công văn số 318/UBND/KT", "Thông báo số 54/TB/DPX-TCHC"): numberRe
// stops at the "/", and the number read short ("318/UBND") would leave
// the date after it to the code's tail. end is where numberRe's match
// ends; the number is read whole, the "/" taken as "-", its Raw as
// written, and the end after it. False when no code word in capitals
// follows the "/", or the whole does not read as a number.
func slashCode(s string, start, end int) (Number, int, bool) {
	if end+1 >= len(s) || s[end] != '/' {
		return Number{}, 0, false
	}
	e := end + 1
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' && r != '-' {
			break
		}
		e += size
	}
	for e > end+1 && s[e-1] == '-' {
		e-- // a dash after the code is the sentence's
	}
	tail := s[end+1 : e]
	if tail == "" || !numberBoundary(s, start, e) {
		return Number{}, 0, false
	}
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) {
		return Number{}, 0, false // a code is written in capitals: "3/tháng/h" is a rate
	}
	n, err := ParseNumber(s[start:end] + "-" + tail)
	if err != nil || n.Family == Party {
		return Number{}, 0, false
	}
	n.Raw = s[start:e]
	return n, e, true
}
