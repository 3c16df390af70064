package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// timeSpanRe is a span of clock times, each end with an optional day:
// "từ 13 giờ 30 đến 16 giờ 30", "Từ 20 giờ 00 ngày 12/12/2026 đến 22
// giờ 00 ngày 12/12/2026". Groups: the first hour, minutes and day, then
// the last's.
var timeSpanRe = lazyre.New(`[Tt]ừ (\d{1,2}) giờ(?: (\d{1,2})(?: phút)?)?(?:,? ngày (\d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4})))? đến (?:hết )?(\d{1,2}) giờ(?: (\d{1,2})(?: phút)?)?(?:,? ngày (\d{1,2}(?:/\d{1,2}/\d{4}| tháng \d{1,2} năm \d{4})))?`)

// timeSpansBackwards reports, for deadline-date, a span of clock times
// that ends before it starts within one day: both ends on the same day
// written out ("từ 20 giờ 00 ngày 12/12/2026 đến 19 giờ 00 ngày
// 12/12/2026"), or neither dated and the span given to a morning or an
// afternoon ("buổi chiều từ 13 giờ 30 đến 12 giờ 30"), which no night
// runs through. A span over midnight ("từ 16 giờ 30 đến 07 giờ 30", a
// night's duty; "đến 06 giờ 00 ngày 14/12/2026") is left, and so is an
// afternoon told the twelve-hour way ("chiều từ 12 giờ 30 đến 1 giờ").
func timeSpansBackwards(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		s := seg.Text
		if seg.Role == RoleArchive || seg.Role == RoleRecipient || !strings.Contains(s, " giờ") || !strings.Contains(s, " đến ") {
			continue
		}
		for _, m := range timeSpanRe().FindAllStringSubmatchIndex(s, -1) {
			if quoted(s, m[0]) || !spanBackwards(s, m) || endTold(s[m[1]:]) {
				continue
			}
			p.Report(seg, m[0], diag.Msg("khoảng thời gian %q kết thúc trước khi bắt đầu", "the period %q ends before it starts", strings.TrimRight(s[m[0]:m[1]], " ")),
				diag.Msg("kiểm tra lại giờ bắt đầu và giờ kết thúc", "check the hours it starts and ends"))
		}
	}
}

// spanBackwards reports whether m, a match of timeSpanRe in s, ends
// before it starts within one day, as timeSpansBackwards reads it.
func spanBackwards(s string, m []int) bool {
	group := func(g int) string {
		if m[2*g] < 0 {
			return ""
		}
		return s[m[2*g]:m[2*g+1]]
	}
	h1, h2 := atoi(group(1)), atoi(group(4))
	m1, m2 := atoiOr(group(2), 0), atoiOr(group(5), 0)
	if h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59 || h2*60+m2 >= h1*60+m1 {
		return false // time-minutes says an hour or minutes past the clock's
	}
	d1, d2 := group(3), group(6)
	if d1 != "" || d2 != "" {
		return d1 == d2
	}
	switch partOfDayBefore(s[:m[0]]) {
	case "sáng":
		return h1 <= 12
	case "chiều":
		return h1 >= 12 && h2 >= 12
	}
	return false
}

// partOfDayBefore is "sáng" or "chiều" when before, the text up to a
// span's "từ", ends in that word as a part of the day ("buổi chiều ",
// "Sáng: ", "Thứ Bảy, sáng "), else "": not a light's "chiếu sáng" or a
// road's "một chiều".
func partOfDayBefore(before string) string {
	t := strings.TrimRight(before, " :,")
	w, at := fieldBefore(t, len(t))
	var part string
	switch w {
	case "sáng", "Sáng":
		part = "sáng"
	case "chiều", "Chiều":
		part = "chiều"
	default:
		return ""
	}
	head := strings.TrimRight(t[:max(at, 0)], " ")
	if head == "" || strings.ContainsAny(head[len(head)-1:], ",;:.(-") {
		return part
	}
	prev, at := fieldBefore(head, len(head))
	if partOfDayLeads()[strings.ToLower(prev)] || strings.ContainsAny(prev[len(prev)-1:], "0123456789") {
		return part // "buổi sáng", "ca chiều", "Chủ nhật sáng", "ngày 09/12/2026 chiều"
	}
	if day, _ := fieldBefore(head, at); strings.EqualFold(day, "thứ") {
		return part // "Thứ Bảy sáng"
	}
	return ""
}

// partOfDayLeads are the words before "sáng" or "chiều" that make it a
// part of the day ("buổi sáng", "ca chiều", "Chủ nhật sáng").
var partOfDayLeads = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"buổi": true, "ca": true, "phiên": true, "kíp": true, "vào": true, "các": true, "mỗi": true, "hằng": true, "hàng": true, "nhật": true}
})

// endTold reports whether rest, the text right after a span, names the
// part of the day or the day its end falls in ("đến 1 giờ 30 chiều",
// "đến 12 giờ 00 ngày hôm sau", "đến 4 giờ 30 sáng hôm sau"): the end is
// then not read on the start's clock.
func endTold(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	w := firstWords(t, 2)
	if len(w) == 0 || w[0].off != 0 {
		return false
	}
	switch strings.ToLower(w[0].text) {
	case "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "hôm", "mai":
		return true
	case "ngày":
		return len(w) > 1 && endDayWords()[strings.ToLower(w[1].text)]
	}
	return false
}

// endDayWords, after "ngày", name a day after the span's start: "ngày
// hôm sau", "ngày mai", "ngày tiếp theo".
var endDayWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"hôm": true, "mai": true, "tiếp": true, "kế": true, "sau": true}
})
