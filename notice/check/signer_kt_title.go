package check

import "strings"

// deputyOnLine reports whether a KT. line holds, after the title of the
// head it signs for, the deputy's own title, as a page that joins the
// signature's lines writes it ("KT. VỤ TRƯỞNG VỤ XUẤT NHẬP KHẨU PHÓ VỤ
// TRƯỞNG", "KT. BỘ TRƯỞNG THỨ TRƯỞNG"): the title is there, only not on
// a line of its own. A deputy signs KT., so the title starts with "PHÓ",
// or is a Thứ trưởng's.
func deputyOnLine(text string) bool {
	up := strings.ToUpper(strings.Join(strings.Fields(text), " "))
	for _, t := range []string{" PHÓ ", " THỨ TRƯỞNG"} {
		if at := strings.Index(up, t); at > len("KT. ") {
			return true
		}
	}
	return false
}
