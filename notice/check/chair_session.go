package check

import "strings"

// presideVerbs say in an opening who led the meeting or the working
// session whose conclusions follow: "đồng chí Trần Huy Tuấn, Chủ tịch
// Ủy ban nhân dân tỉnh chủ trì cuộc họp", and, for a leader's visit,
// "đồng chí Trần Hữu Thể - Chủ tịch Ủy ban nhân dân tỉnh làm việc với
// xã Y Tý", "đồng chí Quàng Văn Bun - Phó Giám đốc Sở ... dẫn đoàn kiểm
// tra".
var presideVerbs = []string{" chủ trì ", " làm việc với ", " dẫn đoàn "}

// presideAt is the offset in s of the first of presideVerbs, or -1.
func presideAt(s string) int {
	at := -1
	for _, w := range presideVerbs {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}
