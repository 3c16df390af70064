package check

import "sync"
import "strings"

// headPosts are the posts that head one organ, written before its name
// ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Giám đốc Sở Tài chính"): the
// name after them is that organ's, in small letters or not.
var headPosts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"bộ trưởng": true, "thứ trưởng": true, "giám đốc": true, "phó giám đốc": true, "chủ tịch": true, "phó chủ tịch": true,
		"cục trưởng": true, "vụ trưởng": true, "viện trưởng": true, "chánh văn phòng": true, "tổng cục trưởng": true}
})

// postBefore reports whether the text before an official name written
// in small letters ends with a post that heads it ("Bộ trưởng bộ Giáo
// dục và Đào tạo"): the words name one organ, not a kind of them.
func postBefore(head string) bool {
	ws := strings.Fields(strings.ToLower(head))
	for n := 3; n >= 2; n-- {
		if len(ws) >= n && headPosts()[strings.Join(ws[len(ws)-n:], " ")] {
			return true
		}
	}
	return false
}
