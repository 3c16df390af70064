package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// countLine reports whether a point's words before and after its colon
// count the label's kind rather than give it work: "3. Doanh nghiệp
// tham gia: 32 doanh nghiệp trong và ngoài tỉnh, tuyển khoảng 2.150 lao
// động", "2. Đơn vị dự thi: 15 đơn vị". The label is a heading of what
// follows, as "Thời gian:" and "Địa điểm:" are; "- Các xã: 12 xã hoàn
// thành ..." is read so too, its work said of the xã counted, none named.
// A body given work writes a verb after the colon ("- Sở Y tế: chủ trì
// ..."), not a figure.
func countLine(before, after string) bool {
	label := strings.Fields(cite.Fold(before))
	if len(label) > 0 && label[0] == "các" {
		label = label[1:]
	}
	t := strings.TrimLeft(after, " ")
	n := 0
	for n < len(t) && (t[n] >= '0' && t[n] <= '9' || n > 0 && t[n] == '.') {
		n++
	}
	if n == 0 || len(label) == 0 || n == len(t) || t[n] != ' ' {
		return false
	}
	next := strings.Fields(cite.Fold(t[n:]))
	return len(next) > 0 && next[0] == label[0]
}
