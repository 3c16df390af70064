package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// stampRowDateRe is the first cell of a portal's stamp row, the post's
// date under its label ("Ngày đăng 12/03/2018"), stampRowBareRe the date
// alone ("07/10/2021"), stampRowViewRe a cell of its view count
// ("View Count: 100"); stampRowPartRe each
// other cell: the post's time ("14:56") or its view count ("View count:
// 87", "Lượt xem: 87").
var (
	stampRowDateRe = lazyre.New(`(?i)^(?:ngày đăng|ngày cập nhật|cập nhật|đăng ngày|đăng lúc)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}$`)
	stampRowBareRe = lazyre.New(`^\d{1,2}/\d{1,2}/\d{4}$`)
	stampRowViewRe = lazyre.New(`(?i)^(?:view count|views|lượt xem|lượt đọc)\s*:?\s*\d[\d.,]*$`)
	stampRowPartRe = lazyre.New(`(?i)^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?|(?:view count|views|lượt xem|lượt đọc)\s*:?\s*\d[\d.,]*)$`)
)

// stampRow reports whether l, a line read as a table row, is a portal's
// stamp under a post's title, its parts parted by "|": "Ngày đăng
// 12/03/2018 | 14:56 | View count: 87". No row of a notice's table is a
// labelled date, then only a time or a view count.
func stampRow(l line) bool {
	if len(l.cells) < 2 || !mayOpenChrome(strings.TrimSpace(l.cells[0].text)) || !stampRowDateRe().MatchString(strings.TrimSpace(l.cells[0].text)) {
		return false
	}
	for _, c := range l.cells[1:] {
		if t := strings.TrimSpace(c.text); t != "" && !stampRowPartRe().MatchString(t) {
			return false
		}
	}
	return true
}

// bareStampRow reports whether l is a portal's stamp row whose date
// stands with no label, with its view count among its other cells:
// "07/10/2021 | 17:11 | View Count: 100" (bareStamp).
func bareStampRow(l line) bool {
	parts := make([]string, len(l.cells))
	for k, c := range l.cells {
		parts[k] = c.text
	}
	return bareStamp(parts)
}

// bareStampLine reports whether t, a line not yet parted into cells, is
// such a stamp row, its parts parted by "|".
func bareStampLine(t string) bool {
	return strings.Count(t, "|") >= 1 && t != "" && '0' <= t[0] && t[0] <= '9' && bareStamp(strings.Split(t, "|"))
}

// bareStamp reports whether parts are a stamp row's: the post's date
// alone first (stampRowBareRe), then its time or its view count, the view
// count among them. A notice's table may list a date and a time a row;
// no row of it counts a post's views.
func bareStamp(parts []string) bool {
	if len(parts) < 2 || !stampRowBareRe().MatchString(strings.TrimSpace(parts[0])) {
		return false
	}
	views := false
	for _, p := range parts[1:] {
		t := strings.TrimSpace(p)
		if t != "" && !stampRowPartRe().MatchString(t) {
			return false
		}
		views = views || stampRowViewRe().MatchString(t)
	}
	return views
}

// kindOverRow reports whether a kind alone in capitals ("THÔNG BÁO")
// stands among the lines of text over the stamp row at s: the notice's
// own tên loại, which a page may print over the post's title and its
// stamp ("THÔNG BÁO" over "Thông báo về việc ..." over "Ngày đăng ... |
// View count: 87"); the line under it is then the notice's trích yếu,
// not the post's title.
func kindOverRow(out []line, s int) bool {
	for _, l := range out[:s] {
		if t := strings.TrimSpace(l.text); l.cells == nil && !l.page && t != "" && isTitle(t) && isUpper(t) {
			return true
		}
	}
	return false
}
