package check

import (
	"strconv"

	"github.com/thongbao/thongbao/notice/diag"
)

// schoolYearSlash reads a school year whose two years, in a row, are
// parted by "/" at t[a:] ("năm học 2026/2027"): the Bộ Giáo dục và Đào
// tạo and the offices write "năm học 2026-2027" (the dev texts write the
// school year with a hyphen 262 times, with "/" never), and "/" is the
// mark of a number and its year ("số 12/2026"). Two years that are not in
// a row and a span of school years
// ("2025/2026-2026/2027") are left.
func schoolYearSlash(t string, a int) (msg, fix diag.Text, ok bool) {
	b := a + 5
	if b+4 > len(t) || t[a+4] != '/' || !isYearAt(t, b) || b+4 < len(t) && (isDigit(t[b+4]) || t[b+4] == '-' || t[b+4] == '/') {
		return msg, fix, false
	}
	first, _ := strconv.Atoi(t[a : a+4])
	if t[b:b+4] != strconv.Itoa(first+1) {
		return msg, fix, false
	}
	if rest := t[b+4:]; dashGapEnd(rest, 0) > 0 && dashGapEnd(rest, 0) < len(rest) && isDigit(rest[dashGapEnd(rest, 0)]) {
		return msg, fix, false // "2025/2026 - 2026/2027"
	}
	return diag.Msg("năm học %q: hai năm nối bằng dấu \"/\"", "school year %q: the two years parted by \"/\"", t[a:b+4]),
		diag.Msg("viết \"%s-%s\"", "write \"%s-%s\"", t[a:a+4], t[b:b+4]), true
}
