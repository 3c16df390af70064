package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

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
	if k := smallHeading(t); k > 0 {
		return r.unlessEchoed(t, k)
	}
	return 0
}

// smallHeading is the length of the tên loại a post's heading line starts
// with in sentence case when its trích yếu follows on the same line from
// a capital ("Thông báo Về việc thu tiền phí ...", "Thông báo Cấp dự báo
// cháy rừng ... (Từ ngày 17/3/2026 đến ngày 23/3/2026)", "Thông báo V/v
// giải tỏa ...": "V/v" opens only a trích yếu), as a portal runs the
// document's two heading lines into its title; 0 if the line is not
// one. A sentence that opens with the verb ("Thông báo lịch nghỉ ...",
// "Thông báo Lịch lấy nước ... như sau:") has a small letter after it or
// ends with a sentence's mark.
func smallHeading(t string) int {
	words := strings.Fields(t)
	if len(words) < 4 || finished(t) || cite.HasMarker(t) || utf8.RuneCountInString(t) > 250 || !sentenceWord(words[0]) {
		return 0
	}
	at := 0
	for n := 1; n <= 2 && n < len(words); n++ {
		at = strings.Index(t[at:], words[n-1]) + at + len(words[n-1])
		head := t[:at]
		if isUpper(head) || !isTitle(strings.ToUpper(head)) || t[at] != ' ' {
			continue
		}
		if (sentenceWord(words[n]) || words[n] == "V/v") && !isUpper(t[at:]) {
			return at
		}
	}
	return 0
}
