package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A portal prints its own short lines at the ends of a post it serves: a
// print line at the head ("Print Thứ Sáu, 20/10/2023 21:00 Gốc"), and at
// the foot the post's date ("Thứ 2, Ngày 2/4/2012"), its credit ("Tin
// bài: Phòng Nghiệp vụ") or the site it was taken from ("Nguồn: Trung
// tâm xúc tiến thương mại An Giang"). No notice writes a weekday before
// its date alone on a line, nor names its source: markStamps marks them
// as the page's (line.page).
var (
	// printLineRe is a portal's print line: a print or mail link, a
	// weekday, a date and perhaps a time, a word or two after.
	printLineRe = lazyre.New(`(?i)^(?:print|in|email|in bài|gửi email)\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S+){0,2}$`)
	// weekdayDateRe is a post's date alone on its line, after its weekday.
	weekdayDateRe = lazyre.New(`(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s*(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// creditRe is a post's credit or source: a label and a name, no
	// sentence.
	creditRe = lazyre.New(`(?i)^(?:nguồn|nguồn tin|tin bài|tin, ảnh|tin và ảnh|bài và ảnh|bài, ảnh)\s*:\s*[^.;:!?]{2,80}$`)
)

// markStamps marks the print line on the first line of text and the
// post's dates and credits among the last lines of text.
func markStamps(out []line) {
	for _, i := range topIndexes(out, 1) {
		if printLineRe().MatchString(strings.TrimSpace(out[i].text)) {
			out[i].page = true
		}
	}
	for i := len(out) - 1; i >= 0; i-- {
		l := out[i]
		t := strings.TrimSpace(l.text)
		if l.cells == nil && (t == "" || l.page) {
			continue
		}
		if l.cells != nil || !weekdayDateRe().MatchString(t) && !creditRe().MatchString(t) {
			return
		}
		out[i].page = true
	}
}
