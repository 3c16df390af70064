package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// postedStampRe is a post's date under the label a CMS prints over it,
// the month in words as Joomla's Vietnamese theme writes it: "Được đăng:
// 13 Tháng 11 2020", "Ngày đăng: 05 Tháng 3 2021 08:15". A letter writes
// its date after its place, "ngày ... tháng ... năm ...", never under
// "Được đăng" and never with the year bare after the month.
var postedStampRe = lazyre.New(`(?i)^(?:được đăng|ngày đăng|đăng ngày|ngày tạo|viết ngày)\s*:?\s*\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// postedStamp reports whether t is a post's labelled date (postedStampRe),
// tried on a line that names "tháng".
func postedStamp(t string) bool {
	t = strings.TrimSpace(t)
	return (strings.Contains(t, "háng") || strings.Contains(t, "HÁNG")) && postedStampRe().MatchString(t)
}

// loneMark reports whether t is a list's mark alone on its line, as a
// page serves the bullets of its post's info block one a line ("-" over
// "Được đăng: ...", "-" over "Lượt xem: 123"): no line of a notice.
func loneMark(t string) bool {
	switch strings.TrimSpace(t) {
	case "-", "•", "·", "+", "*":
		return true
	}
	return false
}

// dropLoneMarks blanks a lone list mark (loneMark) standing right over a
// line of the page's chrome that dropChrome blanked (a stamp, a view
// count): the bullet of the page's info block, not an item of the
// notice left empty.
func dropLoneMarks(out []line) {
	for i, l := range out {
		if l.cells != nil || l.page || !loneMark(l.text) {
			continue
		}
		if j := nextHeld(out, i+1); j >= 0 && out[j].chrome && strings.TrimSpace(out[j].text) == "" {
			out[i] = line{num: l.num, chrome: true}
		}
	}
}

// nextHeld is the index of the first line from i that holds text or
// cells or was the page's chrome (blanked), or -1.
func nextHeld(out []line, i int) int {
	for ; i < len(out); i++ {
		if out[i].chrome || out[i].cells != nil || strings.TrimSpace(out[i].text) != "" {
			return i
		}
	}
	return -1
}
