package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// stampRowDateRe is the first cell of a portal's stamp row, the post's
// date under its label ("Ngày đăng 12/03/2018"); stampRowPartRe each
// other cell: the post's time ("14:56") or its view count ("View count:
// 87", "Lượt xem: 87").
var (
	stampRowDateRe = lazyre.New(`(?i)^(?:ngày đăng|ngày cập nhật|cập nhật|đăng ngày|đăng lúc)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}$`)
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
