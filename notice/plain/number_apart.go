package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// bareNumberRe is a header's number line that stops before its "/": "Số:"
// alone, or with the number or the blank left for it ("Số: 12", "Số:
// ..."), as a document site's preview writes the header's cell, a
// paragraph a line.
var bareNumberRe = lazyre.New(`^Số\s*:?[\s\d.…_]*$`)

// codeUnderNumber reports whether l is the code of the number line read
// just above it, put on a line of its own ("Số:" / "/TTr - THCS"): it
// starts with "/" and a letter, as no other line of a header does.
func (r *reader) codeUnderNumber(l line) bool {
	t := l.text
	if !strings.HasPrefix(t, "/") || len(t) < 2 || !upperStart(t[1:]) {
		return false
	}
	return bareNumberRe().MatchString(strings.TrimSpace(r.lastText(Header)))
}

func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
