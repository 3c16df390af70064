package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// A site's counters and clocks written as the theme prints them when its
// figures did not come with the text: the counter's label alone ("Tổng
// truy cập", "Đang online"), a stamp on a twelve-hour clock ("Cập nhật
// lúc: 10:30 AM ngày 07/10/2013"). A notice counts no visits and writes
// its hours on the twenty-four-hour clock ("14 giờ 30"), so in the page's
// zones each is the page's by its kind alone.

// zoneCounterLabelRe is a visit counter's label with no figure after it:
// "Tổng truy cập", "Đang online", "Tuần này:", "Khách online".
var zoneCounterLabelRe = lazyre.New(`(?i)^(?:•\s*)?(?:tổng(?: số)?(?: lượt)? truy cập|truy cập (?:hiện tại|tổng|hôm nay)|đang online|online|khách online|thành viên online|số người online|tuần này|tuần trước|tháng này|tháng trước|năm nay|hôm kia)\s*:?$`)

// zoneClockStampRe is a post's stamp on a twelve-hour clock, under a
// stamp's label or none, the clock before or after the date: "Cập nhật
// lúc: 10:30 AM ngày 07/10/2013", "07/10/2013 10:30 PM", "10:30 AM".
var zoneClockStampRe = lazyre.New(`(?i)^(?:(?:ngày gửi|ngày đăng|ngày cập nhật|đăng lúc|đăng ngày|cập nhật(?: lúc| ngày)?|publish(?:ed)? (?:date|on)|posted on)\s*:?\s*)?(?:` + zoneClock + `(?:\s*[-,|]?\s*(?:ngày\s*)?` + zoneDay + `)?|(?:ngày\s*)?` + zoneDay + `\s*[-,|]?\s*(?:lúc\s*)?` + zoneClock + `)$`)

// zoneClock is a time on a twelve-hour clock: "10:30 AM", "01:34:05 pm".
const zoneClock = `\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)`

// zoneDay is a date in figures: "07/10/2013", "7-10-2013".
const zoneDay = `\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`

// zoneClockHalfRe is what a theme's clock leaves alone on a line when
// its figures went to the line above: "AM", "PM".
var zoneClockHalfRe = lazyre.New(`^(?:AM|PM)$`)

// zoneCounterKind reports whether t (trimmed) is, in the page's zones, a
// counter's label with no figure, a stamp on a twelve-hour clock or the
// date picker of the site's posts ("Xem tin theo ngày: Tháng: Năm:").
func zoneCounterKind(t string) bool {
	return zoneCounterLabelRe().MatchString(t) || zoneClockStampRe().MatchString(t) || zoneClockHalfRe().MatchString(t) || datePickerRe().MatchString(t)
}
