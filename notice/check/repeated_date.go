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

// commaDateWord reports "ngày" or "năm" typed, then typed again after a
// comma before the figure of a date, the first word opening its clause
// (after "(", ",", ":" or nothing): "(ngày, ngày 02 tháng 5 năm 2022)". A
// first word that ends a count ("nghỉ 01 ngày, ngày 01/01/2026") is
// lawful, so only a clause's opening word is said.
func commaDateWord(s string, a, b wordAt) bool {
	if strings.TrimSpace(s[a.end:b.off]) != "," || !doubledDateWord(s, a, b) {
		return false
	}
	before := strings.TrimRight(s[:a.off], " \u00a0")
	return before == "" || strings.HasSuffix(before, "(") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":")
}
