package check

import "sync"
import "strings"

// viewVerbs, in small letters, say what a meeting or its chair thinks of
// what was done or put to it, not work it gives: noting ("ghi nhận",
// "nhận định"), judging ("đánh giá cao", "phê bình"), praising ("biểu
// dương", "khen ngợi", "hoan nghênh", "cảm ơn", "chúc mừng") and agreeing
// (agreeVerbs, "tán thành"). "1. Hội đồng thành viên ghi nhận kết quả
// sản xuất, kinh doanh 11 tháng" tells what the council found; it gives
// the council no work. "đánh giá" alone is work ("Phòng Nội vụ đánh giá,
// xếp loại công chức") and a body's name ("Hội đồng đánh giá ..."), and
// "chấp thuận" is work a body is given ("Sở Xây dựng chấp thuận phương án
// ..."): neither is one.
var viewVerbs = append([]string{"ghi nhận", "nhận định", "đánh giá cao", "phê bình", "biểu dương", "khen ngợi",
	"hoan nghênh", "cảm ơn", "chúc mừng", "tán thành"}, agreeVerbs...)

// viewNouns are the words before such a verb that make it a noun, no
// verb of the point: "xin ý kiến thống nhất của ...", "sự đồng ý của
// ...", "được biểu dương" (told, read by passiveAt).
var viewNouns = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"sự": true, "kiến": true, "được": true, "bằng": true, "văn": true}
})

// viewsAt reports whether a verb of viewVerbs follows the first words of
// head, the owner read so far, as the point's verb: within maxOwnerWords
// words of its start, not made a noun by the word before it. Who stands
// before it is the meeting telling its view, not a body given work.
func viewsAt(head string) bool {
	words := wordSpans(head) // assignee_owner_end.go
	for i := 1; i < len(words) && i <= maxOwnerWords; i++ {
		if viewNouns()[strings.ToLower(head[words[i-1][0]:words[i-1][1]])] {
			continue
		}
		rest := head[words[i][0]:]
		for _, v := range viewVerbs {
			if t, ok := strings.CutPrefix(rest, v); ok && (t == "" || strings.IndexByte(" ,;.", t[0]) >= 0) {
				return true
			}
		}
	}
	return false
}
