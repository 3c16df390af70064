package plain

import "strings"

// headingTitle is the length of the tên loại a post's heading line
// starts with when the post has no header above it: a line in capitals
// run into its trích yếu ("THÔNG BÁO LỊCH NGHỈ LỄ GIỖ TỔ HÙNG VƯƠNG"), or
// a tên loại in capitals with its trích yếu in small letters after "Về
// việc", "V/v" or a colon ("THÔNG BÁO Về việc treo cờ Tổ quốc"); 0 if
// the line is not one, or something was read above it, or the line
// under it repeats it in small letters (unlessEchoed).
func (r *reader) headingTitle(t string) int {
	if len(r.paras) > 0 {
		return 0
	}
	if k := titlePrefix(t); k > 0 {
		return r.unlessEchoed(t, k)
	}
	words := strings.Fields(t)
	at := 0
	for n := 1; n <= 3 && n < len(words); n++ {
		at = strings.Index(t[at:], words[n-1]) + at + len(words[n-1])
		head := strings.TrimSuffix(t[:at], ":")
		if isUpper(head) && isTitle(head) && headingRe().MatchString(t[len(head):]) {
			return r.unlessEchoed(t, len(head))
		}
	}
	return 0
}
