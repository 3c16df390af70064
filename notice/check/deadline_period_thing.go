package check

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// A period in a kết luận is the time of the work ("các thôn tổ chức ra
// quân từ ngày 20/11/2026 đến ngày 30/11/2026") or the time a thing
// covers: the results counted over it, a plan's year, the matter of the
// meeting. Only the first is a task's, compared with the meeting's day.

// resultNouns name what a period's figures are of: "kết quả thu ngân
// sách từ ngày 01/01/2026 đến ngày 30/11/2026". Folded, spaced.
var resultNouns = []string{" kết quả ", " số liệu ", " tình hình ", " số hộ ", " số tiền "}

// befellNouns name a thing that befell over a period, which a kết luận's
// report of the matter tells: "Mưa lũ từ ngày 14 đến ngày 20 tháng 11
// năm 2026 làm 03 người chết" (p98), "Sạt lở đất từ ngày ...", "vụ cháy
// rừng từ ngày ...". Only nouns no office asks anyone to do: "phòng cháy
// rừng", "khắc phục sạt lở" are work, and their words before the noun
// keep them a task's (ofEvent). Folded, spaced.
var befellNouns = []string{" mưa lũ ", " mưa lớn ", " lũ ", " lũ lụt ", " bão ", " áp thấp nhiệt đới ", " rét đậm ", " rét hại ",
	" nắng nóng ", " hạn hán ", " xâm nhập mặn ", " dịch bệnh ", " sạt lở ", " sạt lở đất ", " lũ quét ", " lũ ống ",
	" ngập lụt ", " triều cường ", " mưa đá ", " giông lốc ", " lốc xoáy ", " động đất ", " sương muối ", " cháy rừng ",
	" cháy ", " hỏa hoạn ", " hoả hoạn "}

// periodOfThing reports whether d, a period ("từ ngày ... đến ngày ..."),
// tells the time a thing covers, not the time of work: it stands in
// brackets after the thing ("Kế hoạch năm 2026 (từ ngày ... đến ngày
// ...)"), its clause sets the work's own day after it ("tổng hợp kết quả
// ... từ ngày ... đến ngày ..., báo cáo trước ngày 10/12/2026"), or the
// words before it name results with no verb of work after them ("đánh giá
// tình hình an ninh trật tự từ ngày ... đến ngày ..."), or they name a
// thing that befell and nothing else ("Mưa lũ từ ngày ... đến ngày ...",
// ofEvent).
func periodOfThing(d foundDeadline) bool {
	if d.Kind != cite.Between || !spoken(d) {
		return false
	}
	before := deadlineBefore(d)
	if strings.HasSuffix(strings.TrimSpace(before), "(") {
		return true
	}
	for _, e := range cite.FindDeadlines(deadlineAfter(d)) {
		if e.Kind == cite.By {
			return true
		}
	}
	return ofResults(cite.Fold(before)) || ofEvent(cite.Fold(before))
}

// ofEvent reports whether the folded words of a clause before a period
// are the name of a thing that befell (befellNouns) and nothing else but
// a list's marker and "đợt", "trận", "cơn" or "vụ": the time of the flood, not
// of a task ("Ủy ban nhân dân các xã khắc phục hậu quả mưa lũ từ ngày
// ..." stays a task's time).
func ofEvent(c string) bool {
	w := strings.Fields(c)
	if len(w) > 0 && (strings.HasSuffix(w[0], ")") || w[0] == "-" || w[0] == "+") {
		w = w[1:]
	}
	if len(w) > 0 && (w[0] == "đợt" || w[0] == "trận" || w[0] == "cơn" || w[0] == "vụ") {
		w = w[1:]
	}
	return slices.Contains(befellNouns, " "+strings.Join(w, " ")+" ")
}

// ofResults reports whether the folded words of a clause name results
// (resultNouns) with no verb of work after the last of them.
func ofResults(c string) bool {
	c = " " + c + " "
	last := -1
	for _, n := range resultNouns {
		last = max(last, strings.LastIndex(c, n))
	}
	return last >= 0 && !asksWork(c[last:])
}

// toldOfMeeting reports whether d stands where a kết luận tells its
// meeting, not its tasks: in the trích yếu ("Kết luận ... tại cuộc họp
// về kết quả thu ngân sách từ ngày 01/01/2026 đến ngày 30/11/2026"), or in
// the opening before its "kết luận" (without one, its first sentence).
func toldOfMeeting(d foundDeadline) bool {
	switch {
	case d.seg.Role == RoleSubject:
		return true
	case d.seg.Role != RoleOpening || !spoken(d):
		return false
	}
	s := d.seg.Text[:d.Off]
	if i := strings.Index(d.seg.Text, "kết luận"); i >= 0 {
		return d.Off < i
	}
	return !strings.Contains(s, ". ")
}
