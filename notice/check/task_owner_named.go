package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// assignAnywhereRe is a word of assignment where a sentence may put it
// after the task: "...; giao Văn phòng Sở thực hiện", "..., đề nghị Sở
// Y tế chủ trì".
var assignAnywhereRe = lazyre.New(`(?i)(?:^|[\s,;:(])(?:giao|đề nghị|yêu cầu|phân công)\s+`)

// namesOwner reports whether text gives its work to a body or a post
// anywhere in it, not only at its head as ownerIn reads: a point that
// opens with the task ("1. Tổ chức kiểm tra ... trước ngày 15/12/2026;
// giao Sở Công Thương chủ trì thực hiện") has its owner, written last.
func namesOwner(text string) bool {
	for _, m := range assignAnywhereRe().FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		if startsWithOrg(rest) || startsWithOwner(rest) {
			return true
		}
	}
	return false
}

// ledByOwner reports whether the numbered point s hangs from a lead-in
// that gives the points after it to one owner: "Giám đốc Sở giao Chi
// cục Chăn nuôi và Thú y thực hiện các nội dung sau:" over "1. Tiếp tục
// chỉ đạo ...". The lead-in is the paragraph before the run of points s
// stands in; it ends with ":".
func ledByOwner(body []Seg, s Seg) bool {
	at := -1
	for i := range body {
		if body[i].Text == s.Text && body[i].Marker == s.Marker {
			at = i
			break
		}
	}
	for i := at - 1; i >= 0; i-- {
		if r := body[i].Role; r != RoleHeading && r != RoleItem {
			t := strings.TrimSpace(body[i].Text)
			return strings.HasSuffix(t, ":") && namesOwner(t)
		}
	}
	return false
}
