package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceTitle is the length of the tên loại in capitals a line starts
// with when its trích yếu follows on the same line in sentence case
// ("THÔNG BÁO Kết luận tại Phiên họp ...", "QUYẾT ĐỊNH Về việc ban hành
// ..."), as a layout converter runs the two lines of the document's
// heading into one Markdown heading; 0 if the line is not one. Read only
// under a header with a number or a date (looseHeader), where a tên loại
// stands.
func sentenceTitle(t string) int {
	words := strings.Fields(t)
	at := 0
	for n := 1; n <= 3 && n < len(words); n++ {
		at = strings.Index(t[at:], words[n-1]) + at + len(words[n-1])
		head := t[:at]
		if t[at] != ' ' || !isUpper(head) || !isTitle(head) {
			continue
		}
		if sentenceWord(words[n]) && !isUpper(t[at:]) {
			return at
		}
	}
	return 0
}

// sentenceWord reports a word written in sentence case: a capital, then
// small letters only ("Kết", "Về").
func sentenceWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}
