package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// longIssuer reports whether t, the first line of a text without a title,
// is an issuer's name written on one line too long for the usual limit of
// a header line: "TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA
// THỦ TƯỚNG CHÍNH PHỦ" (76 characters). It is in capitals, names no
// document and ends in a word, never with a sentence's mark: a long line in
// capitals ending with "." is a sentence.
func (r *reader) longIssuer(t string) bool {
	if len(r.paras) > 0 || !isUpper(t) || cite.HasMarker(t) || authorityRe().MatchString(t) {
		return false
	}
	n := utf8.RuneCountInString(t)
	return n < 120 && !strings.ContainsAny(lastRune(t), ".:;,!?") && !strings.ContainsAny(t, "0123456789")
}
