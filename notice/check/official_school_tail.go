package check

import (
	"strings"
	"sync"
	"unicode"
)

// schoolTailMax is the most words schoolTail adds to a school's name.
const schoolTailMax = 6

// schoolTailStops are words that end a school's name where they follow
// it: "Trường Cao đẳng Công nghệ Thủ Đức tổ chức ...".
var schoolTailStops = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tại": true, "về": true, "của": true, "theo": true, "để": true, "trong": true, "với": true, "vào": true, "năm": true, "cho": true, "từ": true,
		"đến": true, "trên": true, "ngày": true, "nhằm": true, "do": true, "thì": true, "được": true, "đã": true, "là": true, "có": true, "này": true, "đó": true, "sẽ": true, "đang": true,
		"phải": true, "không": true, "và": true, "các": true, "những": true, "khi": true, "tổ": true, "thực": true, "đề": true, "gửi": true, "báo": true, "tham": true, "ban": true}
})

// schoolTail is the rest of a school's name after the one capitalised
// word of its own name schoolRe stops at, for the message and the fix to quote the name whole:
// "Trường Cao đẳng Công" was the fix given for "trường Cao đẳng Công
// nghệ Thủ Đức", a name cut in two. The words up to the next punctuation
// or the segment's end are the name's when they are few and none of
// them is a word that goes on the sentence (schoolTailStops); else the
// name runs to its last capitalised word before such a word, and cut
// says that more of it may follow (the quote ends in "…"). What the rule
// finds, and where, is not changed.
func schoolTail(rest string) (tail string, cut bool) {
	if !strings.HasPrefix(rest, " ") {
		return "", false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' })
	clause, whole := rest, true
	if end >= 0 {
		clause = rest[:end]
	}
	words := strings.Fields(clause)
	if len(words) == 0 {
		return "", false
	}
	n := 0 // words taken
	for n < len(words) && n < schoolTailMax && !schoolTailStops()[strings.ToLower(words[n])] {
		n++
	}
	if n == len(words) && whole {
		return " " + strings.Join(words, " "), false
	}
	for n > 0 && !startsUpper(words[n-1]) {
		n-- // back to the last capitalised word: "Công nghệ Thủ Đức"
	}
	if n == 0 {
		return "", true
	}
	return " " + strings.Join(words[:n], " "), true
}
