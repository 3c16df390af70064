package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// doneColumns head a column of what became of each task: a table of the
// tasks given before and their results ("STT | Nội dung nhiệm vụ | Đơn vị
// chủ trì | Thời hạn | Kết quả thực hiện" under "I. KẾT QUẢ THỰC HIỆN
// CÁC NHIỆM VỤ ĐƯỢC GIAO"), which reports what was done, gives no work.
// What a task is to yield ("Kết quả dự kiến", "Kết quả đầu ra", "Sản
// phẩm") and when ("Tiến độ thực hiện") head a task table's columns.
// Folded.
var doneColumns = []string{"kết quả thực hiện", "kết quả đạt được", "kết quả triển khai", "tình hình thực hiện", "tình hình triển khai"}

// reportHeader reports whether a header's cells are a table of results:
// a column "Kết quả" alone or one of doneColumns.
func reportHeader(cells []rowCell) bool {
	for _, cell := range cells {
		k := strings.Trim(cite.Fold(cell.text), " .:")
		if k == "kết quả" || hasPrefixAny(k, doneColumns...) {
			return true
		}
	}
	return false
}
