package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// nowMarks open the words after a deadline that tell where things stand
// today: "trước ngày 30/11/2026 nhưng đến nay chưa nộp". Folded.
var nowMarks = folded("đến nay", "hiện nay", "hiện tại", "đến thời điểm này", "đến thời điểm hiện tại")

// toldMissed reports whether a deadline is told as one already missed:
// after it, in its clause, "nhưng" or a comma, then a mark of today
// (nowMarks) and "chưa" further on ("Các lớp nộp danh sách trước ngày
// 30/11/2026 nhưng đến nay chưa nộp", "..., đến thời điểm này lớp 9A vẫn
// chưa gửi"). A report tells the deadline as history; there is no task
// to move. "nhưng chưa nộp tiền" (no mark of today) is a condition of the
// work, still set.
func toldMissed(d foundDeadline) bool {
	if !spoken(d) {
		return false
	}
	after := strings.TrimLeft(cite.Fold(deadlineAfter(d)), " ,")
	after = strings.TrimLeft(strings.TrimPrefix(after, "nhưng"), " ,")
	for _, m := range nowMarks {
		if strings.HasPrefix(after, m+" ") {
			return strings.Contains(after[len(m):]+" ", " chưa ")
		}
	}
	return false
}
