package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubledDateWord reports "ngày" or "năm" written twice before the
// figure of a date ("ngày ngày 29 tháng 10 năm 2013", "năm năm 2021"): a
// slip, where "ngày ngày" alone ("every day") and "năm năm" ("year after
// year") are lawful.
func doubledDateWord(s string, a, b wordAt) bool {
	w := strings.ToLower(a.text)
	if a.text != b.text && w != strings.ToLower(b.text) || w != "ngày" && w != "năm" {
		return false
	}
	rest := strings.TrimLeft(s[b.end:], " \u00a0")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}
