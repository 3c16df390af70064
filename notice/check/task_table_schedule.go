package check

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// scheduleTimes head a schedule's first column, the time of each row,
// when they stand before the task's column; after it "Thời gian" is a
// task table's deadline ("Thời gian hoàn thành", "Thời gian thực hiện").
var scheduleTimes = []string{"thời gian", "ngày", "thứ", "thứ, ngày", "ngày, giờ", "ngày, tháng", "giờ", "buổi"}

// scheduleHeader reports whether a header's cells are a schedule's, not a
// task table's: a lịch công tác's "Thời gian | Nội dung công việc | Chủ
// trì | Phối hợp chuẩn bị | Địa điểm" names who chairs each meeting and
// who prepares it, and a row with no one in "Chủ trì" (a conference the
// province chairs) is no task left without an owner. A place ("Địa
// điểm") or those who attend ("Thành phần", "Thành phần dự"; not
// "Thành phần phối hợp", who helps with a task) say a schedule wherever
// they stand, a time of scheduleTimes before the task's column (task, -1
// when none).
func scheduleHeader(cells []rowCell, task int) bool {
	for i, cell := range cells {
		k := strings.Trim(cite.Fold(cell.text), " .:")
		switch {
		case strings.Contains(k, "địa điểm"):
			return true
		case strings.HasPrefix(k, "thành phần") && !strings.Contains(k, "phối hợp"):
			return true
		case task >= 0 && i < task && slices.Contains(scheduleTimes, k):
			return true
		}
	}
	return false
}
