package plain

import "strings"

// chatLeadLines is how many lines a post's or a chat message's own words
// over a notice take at most: the page's name, the post's time, a
// headline, a line or two of its own, the hashtags.
const chatLeadLines = 10

// chatLead marks as the page's the lines a Facebook page's post or a chat
// message prints over the notice it carries: lines that hold a
// pictograph ("3 giờ · 🌏", "🏥 THÔNG BÁO ĐIỀU CHỈNH GIỜ KHÁM ... 🏥",
// "📞 Đường dây nóng: ..."), hashtags ("#GiờKhámBệnh #ThôngBáo"), and the
// page's name on the first line above them. No office's header holds a
// pictograph or a hashtag, so the header is the first line of the
// header's shape after them, and a header must follow (headerFollows).
// A text whose first lines hold none is left to leadOverHeader.
func chatLead(out []line) {
	top := topWithRows(out, chatLeadLines+1)
	h, seen := -1, false
	for k, i := range top {
		if chatOwn(out[i]) {
			seen = true
			continue
		}
		t := strings.TrimSpace(out[i].text)
		if seen && out[i].cells == nil && headerShaped(t) || seen && out[i].cells != nil && rowHeaderShaped(out[i]) {
			h = k
			break
		}
		if k > 0 {
			return // words of the notice's, or of a page's kind chatLead does not know
		}
	}
	if h < 1 || !headerFollows(out, top[h]) {
		return
	}
	for _, i := range top[:h] {
		out[i].page = true
	}
}

// chatOwn reports whether a line, or a row's cell, holds a pictograph or
// is a run of hashtags: a post's or a message's own line.
func chatOwn(l line) bool {
	if l.cells != nil {
		for _, c := range l.cells {
			if chatOwn(c) {
				return true
			}
		}
		return l.pict != ""
	}
	t := strings.TrimSpace(l.text)
	return l.pict != "" || holdsPictograph(t) || hashtags(t)
}

// hashtags reports whether every word of t is a hashtag ("#ThôngBáo").
func hashtags(t string) bool {
	words := strings.Fields(t)
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' {
			return false
		}
	}
	return len(words) > 0
}
