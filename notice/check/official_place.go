package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// levelPlaceRe is the level and the name of a place right after a body's
// name: " xã Phong Hải", " tỉnh Bắc Ninh", " thành phố Hà Nội".
var levelPlaceRe = lazyre.New(`^ (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh) \p{Lu}`)

// pluralBefore are the words that make a name in small letters a kind of
// body, many of them: "các ủy ban nhân dân xã".
var pluralBefore = []string{"các", "những", "mọi", "từng", "cấp"}

// namedPlaceAfter reports whether the official name written in small
// letters at s[from:to] still names one body, the place it serves named
// after it ("Nay ủy ban nhân dân xã Phong Hải thông báo"), not after a
// word of many ("các ủy ban nhân dân xã").
func namedPlaceAfter(s string, from, to int) bool {
	if !levelPlaceRe().MatchString(s[to:]) {
		return false
	}
	head := strings.Fields(strings.ToLower(s[:from]))
	if len(head) > 0 {
		for _, w := range pluralBefore {
			if head[len(head)-1] == w {
				return false
			}
		}
	}
	return true
}
