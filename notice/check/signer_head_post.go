package check

import "sync"
import "strings"

// bodyOpenWords open the name of a body after a head's post in an
// authority line that names its body, as a joint notice's do ("KT. GIÁM
// ĐỐC SỞ TÀI CHÍNH", "TL. GIÁM ĐỐC SỞ Y TẾ", "TM. BAN THƯỜNG VỤ").
var bodyOpenWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"SỞ": true, "UBND": true, "ỦY": true, "UỶ": true, "BAN": true, "CỤC": true, "BỘ": true,
		"TRUNG": true, "HỘI": true, "TRƯỜNG": true, "BỆNH": true, "VIỆN": true, "CHI": true, "TỔNG": true, "ĐẠI": true,
		"TỈNH": true, "THÀNH": true, "XÃ": true, "PHƯỜNG": true, "HUYỆN": true, "QUẬN": true, "THANH": true, "KHO": true}
})

// authorityPosts are the titles an authority line's head is written by under
// it: the head as the line writes it ("GIÁM ĐỐC SỞ TÀI CHÍNH") and, when
// the line names the body after a post of two words or more, the post
// alone ("GIÁM ĐỐC"), the title line of a joint notice's signature.
func authorityPosts(head string) []string {
	out := []string{head}
	w := strings.Fields(head)
	for i := 2; i < len(w); i++ {
		if bodyOpenWords()[w[i]] {
			return append(out, strings.Join(w[:i], " "))
		}
	}
	return out
}

// isHeadPost reports whether title is one of head's posts, with prefix
// before it ("" or "PHÓ ").
func isHeadPost(title, prefix, head string) bool {
	for _, h := range authorityPosts(head) {
		if title == prefix+h {
			return true
		}
	}
	return false
}
