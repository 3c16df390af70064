package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// personTitles are the words that go before a person's name in a
// notice's prose: "ông Được", "bà H Hằng", "đồng chí Nguyễn Văn An", a
// school's "thầy Trần Quốc Bảo", "cô Nguyễn Thị Lan".
var personTitles = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true, "em": true, "cháu": true, "đồng chí": true, "thầy": true, "cô": true}
})

// titleFields are the words personTitleAt reads as a field before a
// name: its titles, and the "chí" of "đồng chí".
var titleFields = newWordSet(func(x *lexeme) bool {
	w := cite.Fold(strings.ToLower(x.text))
	return personTitles()[w] || w == "chí"
})

// mayFollowTitle is false where personTitleAt(s, x.words[i].off) is
// false for certain: the field before word i is word i-1 alone (spaces
// after it, a space or the text's start before it), and that word is
// none of titleFields, which its lexeme tells once a notice instead of
// a fold for each capital.
func mayFollowTitle(s string, x *textIndex, i int) bool {
	if i == 0 || !x.spaced[i] {
		return true // the field before is no word of the index alone: personTitleAt reads it
	}
	if p := x.words[i-1].off; p > 0 && s[p-1] != ' ' {
		return true
	}
	return x.lex[i-1].in(titleFields)
}

// personTitleAt reports whether the text before off ends with a person's
// title and a space: what follows is a name ("ông Lữ Đoàn").
func personTitleAt(s string, off int) bool {
	w, j := fieldBefore(s, off)
	if w == "" || j+len(w) == off {
		return false
	}
	w = cite.Fold(strings.ToLower(w))
	if personTitles()[w] {
		return true
	}
	if w != "chí" {
		return false
	}
	prev, _ := fieldBefore(s, j)
	return cite.Fold(strings.ToLower(prev)) == "đồng"
}
