package check

import "strings"

// headPosts are the posts that head one organ, written before its name
// ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Giám đốc Sở Tài chính"): the
// name after them is that organ's, in small letters or not.
var headPosts = setOf("bộ trưởng", "thứ trưởng", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch",
	"cục trưởng", "vụ trưởng", "viện trưởng", "chánh văn phòng", "tổng cục trưởng")

// postBefore reports whether the text before an official name written
// in small letters ends with a post that heads it ("Bộ trưởng bộ Giáo
// dục và Đào tạo"): the words name one organ, not a kind of them.
func postBefore(head string) bool {
	ws := strings.Fields(strings.ToLower(head))
	for n := 3; n >= 2; n-- {
		if len(ws) >= n && headPosts[strings.Join(ws[len(ws)-n:], " ")] {
			return true
		}
	}
	return false
}
