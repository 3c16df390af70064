package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listedPerson reports whether the stem and branch at s[from:to] end a
// person's name that opens a row of a list or a clause, his birth year
// after it: "1. Đinh Dậu - 1981", "- Nguyễn Đinh Thân, 1979" in a list of
// households. The name is read by its form: words each with a capital
// from the row's start (past its number or dash), the first a family
// name (surnames), and a dash or a comma before the year. A year's name
// opens no such row with a family name ("Tết Đinh Dậu 2017", "- Xuân
// Bính Ngọ - 2027").
func listedPerson(s string, from, to int) bool {
	rest := strings.TrimLeft(s[to:], " \t")
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, ",") {
		return false
	}
	words := strings.Fields(rowHead(s[strings.LastIndexAny(s[:from], ";|\t")+1 : from]))
	words = append(words, s[from:to])
	if !surnames[strings.Fields(words[0])[0]] {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// rowHead is s without the number or dash that opens a row of a list:
// "1. ", "2) ", "- ", "+ ".
func rowHead(s string) string {
	s = strings.TrimLeft(s, " \t")
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	switch {
	case i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')'):
		s = s[i+1:]
	case i == 0 && s != "" && strings.IndexByte("-+*", s[0]) >= 0:
		s = s[1:]
	}
	return strings.TrimLeft(s, " \t")
}
