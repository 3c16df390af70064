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
	head := strings.TrimLeft(s[strings.LastIndexAny(s[:from], ";|\t")+1:from], " ")
	words := strings.Fields(head[afterMarker(head):]) // lead_comma.go: "1. ", "- "
	words = append(words, s[from:to])
	if !surnames()[strings.Fields(words[0])[0]] {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
