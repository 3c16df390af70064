package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// paperStampRe is a newspaper's byline stamp under a post's headline: the
// paper's initials, then the post's date and time ("HNMO 06/02/2024 -
// 06:13", "SGGP 12-05-2021 08:30"), the whole line. No line of a letter
// is initials and a bare time.
var paperStampRe = lazyre.New(`^[A-ZĐ]{2,6}\s+` + stampDate + `\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?$`)

// PaperStamp reports whether s is a paper's byline stamp (paperStampRe),
// trying the expression only on a line that opens with a capital. The
// reader keeps the line as the page's (Page): a notice under it is a
// newspaper's print, set in the paper's house style.
func PaperStamp(s string) bool {
	if s == "" || !('A' <= s[0] && s[0] <= 'Z') && !(len(s) > 1 && s[:2] == "Đ") {
		return false
	}
	return paperStampRe().MatchString(s)
}

// WeekdayStamp reports whether s is a post's date line after its
// weekday, perhaps with its time and zone ("Thứ Tư, 15/06/2022", "Thứ
// Bảy, 31/03/2018, 17:02 (GMT+7)", weekdayDateRe), as a newspaper prints
// it under its headline: a letter writes its date after its place and in
// words, never after a weekday. It tries the expression only on a short
// line that opens with "Thứ" or "Chủ" and holds a "/". The reader keeps the line as the page's, as it keeps a
// byline stamp (PaperStamp): a notice under it is a paper's print.
func WeekdayStamp(s string) bool {
	if len(s) < 3 || len(s) > 64 || s[0]|0x20 != 't' && s[0]|0x20 != 'c' || !strings.Contains(s, "/") {
		return false
	}
	return weekdayDateRe().MatchString(s)
}
