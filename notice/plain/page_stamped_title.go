package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// stampedTitleRe is a post's title with the portal's update stamp run on
// at its end, a date and a time of day: "Thông Báo treo cờ và nghỉ tết
// Nguyên đán Tân Sửu năm 2021 Cập nhật05-02-2021 09:29", "... Ngày đăng:
// 12/03/2018 14:56". A notice may write "cập nhật" and a date in a
// sentence, never a clock after them at its line's end.
var stampedTitleRe = lazyre.New(`(?i)^\S.{8,600}?\s*(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc)\s*:?\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?$`)

// furnitureBytes is how long a line of a portal's furniture above a
// post's title runs at most: its name row, its link boxes' labels, its
// counter's label, its "Nội dung".
const furnitureBytes = 120

// stampedTitle marks, among the first lines of a text, a post's title
// with its update stamp run on (stampedTitleRe) as the page's, and the
// lines of text above it too when each is the portal's furniture: a
// short line that is neither a header's line, nor a tên loại, nor a
// trích yếu, nor "Kính gửi" (the site's name row "Nhơn Trạch - Xã Đại
// Phước : noi-dung-tin ...", its link boxes "Liên kết", "Website trong
// Tỉnh", "Website các Tỉnh", its "Nội dung"). A portal prints its post's
// title once, under its own lines and over the post: nothing of the
// notice stands above it.
func stampedTitle(out []line) {
	var above []int
	for i, l := range out {
		if l.cells != nil {
			return
		}
		t := strings.TrimSpace(l.text)
		if t == "" || l.page {
			continue
		}
		if len(above) >= farLines {
			return
		}
		if mayBeStampedTitle(t) && stampedTitleRe().MatchString(t) {
			out[i].page = true
			for _, k := range above {
				if !furniture(strings.TrimSpace(out[k].text)) {
					return
				}
			}
			for _, k := range above {
				out[k].page = true
			}
			return
		}
		above = append(above, i)
	}
}

// mayBeStampedTitle reports whether t ends with a clock ("10:46"), as
// every match of stampedTitleRe does, before the expression is tried.
func mayBeStampedTitle(t string) bool {
	n := len(t)
	return n > 5 && t[n-3] == ':' || n > 8 && t[n-6] == ':' && t[n-3] == ':'
}

// furniture reports whether t, a line above a post's stamped title, may
// be a portal's own: short, and no line a notice opens with.
func furniture(t string) bool {
	return len(t) <= furnitureBytes && !headerShaped(t) && !isTitle(t) && titlePrefix(t) == 0 &&
		!aboutRe().MatchString(t) && !addresseeRe().MatchString(t)
}
