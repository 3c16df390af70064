package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// shortWords is the most words of a task's short form.
const shortWords = 16

// shorten returns a task in a few words: its first clause, at most
// shortWords words, capitalised, "…" where words were cut.
func shorten(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(s, " :,;–-"))
	if m := deadlineLabelRe().FindStringIndex(s); m != nil && m[0] > 0 {
		s = strings.TrimSpace(s[:m[0]]) // the deadline has its own column
	}
	cut := false
	if end := clauseEnd(s); end > 0 && len(strings.Fields(s[:end])) >= 3 {
		cut = strings.TrimSpace(s[end+1:]) != ""
		s = s[:end]
	}
	if end := wordsEnd(s, shortWords); end < len(s) {
		s, cut = s[:end], true
	}
	s = strings.TrimRight(strings.Join(strings.Fields(s), " "), " ,.;:–-")
	if cut {
		s += "…"
	}
	return upperFirst(s)
}

// wordsEnd returns where the first n words of s end.
func wordsEnd(s string, n int) int {
	in := false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			if n == 0 {
				return len(strings.TrimRightFunc(s[:i], unicode.IsSpace))
			}
			n--
		}
		in = !space
	}
	return len(s)
}

// clauseEnd returns where the first clause of s ends, outside brackets
// and quotes: at ";", or a period that ends a sentence; -1 for none.
func clauseEnd(s string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '(', '“':
			depth++
		case ')', '”':
			depth = max(0, depth-1)
		case ';':
			if depth == 0 {
				return i
			}
		case '.':
			if depth == 0 && (i+1 == len(s) || s[i+1] == ' ') {
				return i
			}
		}
	}
	return -1
}

func upperFirst(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[w:]
}

// lowerFirst lowers the first letter of s, unless its word is an
// abbreviation or a name ("UBND", "Sở").
func lowerFirst(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[w:])
	if !unicode.IsUpper(r) || unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[w:]
}
