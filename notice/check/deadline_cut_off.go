package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// resultFigure is a figure a report of results gives: "đạt 72,8%",
// "tăng 38,5% so với cùng kỳ", "giảm 12 ca". Folded.
var resultFigure = lazyre.New(`(?:^| )(?:đạt|tăng|giảm) (?:khoảng |gần |hơn |trên )?\d| so với `)

// measuredFigure is a figure with a decimal part, as one counted is
// written: "72,8%", "6.215,4 tỷ đồng".
var measuredFigure = lazyre.New(`\d,\d`)

// cutOff reports whether d, "Đến hết ngày 28 tháng 11 năm 2026" or "Đến
// ngày ...", is the day a report of results counts to, not a deadline:
// the words after it in its clause give a figure of a result
// (resultFigure), or those before it do (resultBefore), and its clause
// names no work to do (workWords). "Đến hết
// ngày 31/12/2026, các xã hoàn thành ..., đạt 100% kế hoạch" sets work.
func cutOff(d foundDeadline) bool {
	if d.Kind != cite.By || !spoken(d) || !strings.HasPrefix(cite.Fold(d.Text), "đến") {
		return false
	}
	before, after := deadlineBefore(d), deadlineAfter(d)
	if asksWork(before) || asksWork(after) {
		return false
	}
	return resultFigure().MatchString(cite.Fold(after)) || resultBefore(cite.Fold(before))
}

// countedBefore reports whether the words before a round figure's "đạt"
// count what was done, the figure the share of it: "toàn tỉnh giải ngân
// 6.215 tỷ đồng, đạt 100% kế hoạch vốn đến hết ngày 28/11/2026". A target
// names the share alone ("Các chủ đầu tư giải ngân đạt 90% kế hoạch vốn
// đến hết ngày ...").
func countedBefore(before string) bool {
	i := strings.Index(before, " đạt ")
	return i > 0 && strings.ContainsAny(before[:i], "0123456789")
}

// resultBefore reports whether before, the folded words of a clause before
// its "đến hết ngày", give a result counted to that day: "toàn tỉnh giải
// ngân 6.215,4 tỷ đồng, đạt 72,8% kế hoạch vốn đến hết ngày 28/11/2026".
// The figure is one measured, with a decimal part ("72,8%", "6.215,4
// tỷ đồng") or a round one after the count it is the share of
// (countedBefore): a target is set in round figures ("Các xã giải ngân
// đạt 90% kế hoạch vốn đến hết ngày ...", what the work is to reach), or
// named so (targetWords: "phấn đấu giải ngân đạt 95,5% ...").
func resultBefore(before string) bool {
	if !resultFigure().MatchString(before) || !measuredFigure().MatchString(before) && !countedBefore(before) {
		return false
	}
	for _, w := range targetWords {
		if strings.Contains(before, w) {
			return false
		}
	}
	return true
}
