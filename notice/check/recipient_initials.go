package check

import (
	"strings"
	"unicode/utf8"
)

// initialsLine reports whether a Nơi nhận line, in its normal form's
// words rw, names the body of form f by the initials of its name after
// its head: "- Phòng KT, HT và ĐT;" (or "Phòng KT,HT&ĐT") for "Phòng Kinh
// tế, Hạ tầng và Đô thị", "- Phòng VH-XH;" for "Phòng Văn hóa - Xã hội".
// The line's first word is the body's head; every word after it is a
// short code (four letters at most, "&" and "-" inside it left out), and
// their letters, "và" left out, are the first letters of the body's
// words after the head, "và" left out too. Two letters at least.
func (f bodyForm) initialsLine(rw []string) bool {
	if len(rw) < 2 || len(f.words) < 3 || rw[0] != f.words[0] {
		return false
	}
	var code strings.Builder
	for _, w := range rw[1:] {
		if w == "và" {
			continue
		}
		w = strings.NewReplacer("&", "", "-", "", ",", "").Replace(w)
		if w == "" || utf8.RuneCountInString(w) > 4 {
			return false
		}
		code.WriteString(w)
	}
	var want strings.Builder
	for _, w := range f.words[1:] {
		if w == "và" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		want.WriteRune(r)
	}
	return code.Len() >= 2 && code.String() == want.String()
}
