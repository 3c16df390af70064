package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// personTitles are the words that go before a person's name in a
// notice's prose: "ông Được", "bà H Hằng", "đồng chí Nguyễn Văn An".
var personTitles = setOf("ông", "bà", "anh", "chị", "em", "cháu", "đồng chí")

// personTitleAt reports whether the text before off ends with a person's
// title and a space: what follows is a name ("ông Lữ Đoàn").
func personTitleAt(s string, off int) bool {
	w, j := fieldBefore(s, off)
	if w == "" || j+len(w) == off {
		return false
	}
	w = cite.Fold(strings.ToLower(w))
	if personTitles[w] {
		return true
	}
	if w != "chí" {
		return false
	}
	prev, _ := fieldBefore(s, j)
	return cite.Fold(strings.ToLower(prev)) == "đồng"
}
