package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// clockHeld reports whether a point's words, read whole as its owner for
// want of a verb of work, hold a time of day outside brackets: "1. Trung
// tâm điều hành cấp cứu (số 115) trực 24/24 giờ trong tất cả các ngày
// nghỉ Tết." tells a schedule (p100). A point that names its owner alone
// over the work below it ("2. Phòng Văn hóa và Thông tin") holds no hour;
// a figure before "giờ" belongs to a sentence.
func clockHeld(head string) bool {
	f := cite.Fold(head)
	for from := 0; ; {
		k := strings.Index(f[from:], " giờ")
		if k < 0 {
			return false
		}
		k += from
		from = k + len(" giờ")
		if k > 0 && isDigitByte(f[k-1]) && (from == len(f) || !isLetterByte(f[from])) && !inBrackets(f, k) {
			return true
		}
	}
}
