package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// namedDateRe is a whole date, the year with it: "ngày 26 tháng 11 năm
// 2026", "ngày 26/11/2026".
var namedDateRe = lazyre.New(`ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.-]\d{1,2}[/.-]\d{4})`)

// dateNamedAfter reports whether the day counted from the day of writing,
// ending at end of text, is named by its whole date in the same clause
// right after it. The caller asks it of a Biên bản only (Phụ lục III, Mẫu
// 1.9): a record is drawn up on the day it records and opens "Hôm nay,
// vào lúc 14 giờ 00 phút, ngày 26 tháng 11 năm 2026, tại ...", the day
// named. A notice that opens "Sáng nay, ngày 25/12/2025" writes as a
// reporter does and is still said (round 18), and so is "sáng ngày mai
// (15/10)", no year given.
func dateNamedAfter(text string, end int) bool {
	rest := text[end:]
	if i := strings.IndexAny(rest, ";:"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, ". "); i >= 0 {
		rest = rest[:i]
	}
	if r := []rune(rest); len(r) > 60 {
		rest = string(r[:60])
	}
	return namedDateRe().MatchString(strings.ToLower(rest))
}
