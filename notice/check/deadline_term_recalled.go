package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// recalledTermWords in a term's label name a term set before this
// notice: "Thời hạn nhận hồ sơ cũ", "lần đầu", "theo kế hoạch ban đầu".
var recalledTermWords = [...]string{" cũ", "lần đầu", "ban đầu", "đợt đầu", "lần trước", "đợt trước", "thông báo trước", " trước đó", "theo kế hoạch", "theo thông báo"}

// termRecalled reports whether a term's label (termLabel) names a term
// gone by (recalledTermWords: "Thời hạn nhận hồ sơ cũ:", "Thời hạn nộp
// theo kế hoạch ban đầu:"), or after, the rest of its sentence, tells
// what stands now ("..., nay Bệnh viện tổng hợp ...") or gives a day on
// or after the notice's ("...; nay gia hạn đến ngày 21/12/2026"): the
// deadline is the old term, told (rv99: x99's label read "Thời hạn nhận
// báo giá lần đầu: trước ngày 30/11/2026; nay gia hạn đến ngày
// 21/12/2026", an extension notice, as a term set past).
func termRecalled(label, after string, issued cite.Date) bool {
	l := " " + cite.Fold(label) + " "
	for _, w := range recalledTermWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	if strings.Contains(" "+cite.Fold(after)+" ", " nay ") {
		return true
	}
	for _, dm := range cite.FindDates(after) {
		if dm.Date.Compare(issued) >= 0 {
			return true
		}
	}
	return false
}
