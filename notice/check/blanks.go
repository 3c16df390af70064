package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A draft, and the copy of one, leaves blanks where the number, the day or
// a code is filled in later: "Kế hoạch số       /KH-BTNMT", "ngày    tháng
// 8 năm 2024", "Số: ..../QĐ-UBND", "Mã số:………………", "Họ và tên: ______".
// A blank is no run of stray spaces, no doubled mark and no month written
// another way; the rules about those leave it alone.

// blankWords are the words a blank to fill follows or comes before: the
// number, the day, the month and the year.
var blankWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"số": true, "ngày": true, "tháng": true, "năm": true}
})

// inBlank reports whether the bytes [start, end) of s are part of a blank
// left to fill.
func inBlank(s string, start, end int) bool {
	// widen to the whole run of spaces, dots, ellipses and underscores
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:start])
		if !blankRune(r) {
			break
		}
		start -= w
	}
	for end < len(s) {
		r, w := utf8.DecodeRuneInString(s[end:])
		if !blankRune(r) {
			break
		}
		end += w
	}
	run := s[start:end]
	dots := strings.Count(run, ".") + 3*strings.Count(run, "…") + strings.Count(run, "_")
	if strings.Count(run, "…") >= 2 || dots >= 6 || strings.Count(run, "_") >= 3 {
		return true // a dotted leader: no slip of the keyboard is that long
	}
	if strings.TrimSpace(run) == "" && len(run) < 2 {
		return false
	}
	before, after := s[:start], s[end:]
	if strings.HasPrefix(after, "/") || strings.HasSuffix(before, "/") && dots > 0 {
		return true // the number of a citation or a date: "số      /KH-BTNMT", "..../2024"
	}
	if blankWords()[strings.ToLower(trailingLetters(before))] && (after == "" || blankWords()[strings.ToLower(leadingLetters(after))] || dots >= 3) {
		return true // "ngày    tháng 8", "số ....."
	}
	return dots >= 3 && strings.HasSuffix(before, ":") && (after == "" || strings.ContainsAny(after[:1], " );,"))
}

// blankRune is a character blanks are drawn with.
func blankRune(r rune) bool {
	return r == ' ' || r == '.' || r == '…' || r == '_'
}

// trailingLetters and leadingLetters are the letters that end and start s.
func trailingLetters(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isLetter(r) })
	return s[i+1:]
}

func leadingLetters(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}
