package check

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// firstDayBare reports whether a period's first day is written as a day
// alone, its month left to the last day's ("từ ngày 30 đến ngày 02 tháng
// 12 năm 2026", "từ 30 - 02/12/2026"): the number after "từ" (and
// "ngày") is followed by the join, "đến", "tới" or a dash, not by "/",
// "tháng" or an hour's "giờ".
func firstDayBare(text string) bool {
	_, rest, ok := strings.Cut(text, "từ ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "ngày ")
	n := 0
	for n < len(rest) && isDigitByte(rest[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	after := strings.TrimLeft(rest[n:], " ")
	for _, j := range [...]string{"-", "–", "đến ", "tới "} {
		if strings.HasPrefix(after, j) {
			return true
		}
	}
	return false // "19/12", "19 tháng 12", "08 giờ"
}

// reportBareFirstDay says a period whose first day, written without its
// month, falls after its last day in the last day's month: either the
// period runs over the end of a month and the first day's month was
// left out (30 Nov to 2 Dec: "từ 30 - 02/12/2026"), or a day is
// mistyped. deadline-date said it ran backwards, which tells the clerk
// of one cause only (f95's reading of a short first day).
func reportBareFirstDay(p *Pass, d foundDeadline) {
	pm, py := d.Until.Month-1, d.Until.Year
	if pm == 0 {
		pm, py = 12, py-1
	}
	want := fmt.Sprintf("từ ngày %02d/%d đến ngày %02d/%d/%d", d.Date.Day, pm, d.Until.Day, d.Until.Month, py)
	if py != d.Until.Year {
		want = fmt.Sprintf("từ ngày %02d/%d/%d đến ngày %02d/%d/%d", d.Date.Day, pm, py, d.Until.Day, d.Until.Month, d.Until.Year)
	}
	p.Report(d.seg, d.Off, diag.Msg("khoảng thời gian %q: ngày bắt đầu không ghi tháng, mà ngày %d lại sau ngày kết thúc", "the period %q: its first day has no month, and day %d comes after the last day", d.Text, d.Date.Day),
		diag.Msg("nếu khoảng thời gian sang tháng sau, ghi tháng của ngày bắt đầu (%q); nếu không, kiểm tra lại ngày bắt đầu và ngày kết thúc", "if the period runs into the next month, give the first day's month (%q); if not, check its first and last days", want))
}
