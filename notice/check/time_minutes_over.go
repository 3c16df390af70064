package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// minutesOver reports a time of day whose minutes run past 59 ("17 giờ 60
// phút", "8 giờ 75"): a slip of the keys or a sum of minutes never turned
// into an hour. Only the minutes that close the time are read: "phút", a
// mark, the line's end or the day's words after them; "24 giờ 72 giờ" (two
// spans) and a figure running on are left.
func minutesOver(p *Pass, seg *Seg, first int) {
	s := seg.Text
	for g := range gioPlaces(s, first) {
		at := g + len("giờ")
		h, b, ok := figuresBefore(s, g) // time_minutes.go
		if !ok || at >= len(s) || s[at] != ' ' {
			continue
		}
		j := at + 1
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j != 2 || !closesTime(s[k:]) {
			continue
		}
		if m, _ := strconv.Atoi(s[j:k]); m < 60 {
			continue
		}
		written := strings.TrimSpace(s[b:k])
		p.Report(seg, j, diag.Msg("%q: số phút chỉ từ 00 đến 59", "%q: minutes run from 00 to 59", written),
			diag.Msg("kiểm tra lại giờ, ví dụ \"%d giờ 00 phút\"", "check the time, e.g. \"%d giờ 00 phút\"", h+1))
	}
}

// closesTime reports whether rest, after a time's minutes, ends the time:
// "phút", a mark, the end, or the day or the part of the day after it.
func closesTime(rest string) bool {
	if rest == "" || strings.IndexByte(",;.)", rest[0]) >= 0 {
		return true
	}
	for _, w := range []string{" phút", " ngày", " sáng", " chiều", " trưa", " tối"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
