package plain

import "strings"

// toolLabels are the labels of a page's reading tools a portal prints on
// the line of its post's stamp ("19/08/2019 10:57:25 Xem cỡ chữ Google"),
// in small letters.
var toolLabels = [...]string{"xem cỡ chữ", "cỡ chữ", "đọc bài viết", "in bài viết", "lượt xem"}

// stampBeforeTools reports whether s is a post's stamp (stampRe) with the
// labels of the page's reading tools after it on the same line: the
// page's, as each of them is on a line of its own.
func stampBeforeTools(s string) bool {
	if !mayOpenStamp(s) {
		return false
	}
	low := strings.ToLower(s)
	for _, t := range toolLabels {
		if i := strings.Index(low, t); i > 0 {
			return stampRe().MatchString(strings.TrimSpace(s[:i]))
		}
	}
	return false
}

// timeLabel is the label a portal sets before its post's date and time
// ("Thời gian: 19/09/2022 17:00"), in small letters.
const timeLabel = "thời gian"

// labelledStamp reports whether s is a post's stamp (stampRe) under the
// label "Thời gian:": among the first lines of a post, under its title,
// the page's. A notice's "Thời gian:" gives its hour in words or before
// the date ("14 giờ 00, ngày ..."), never as a stamp's date then clock.
func labelledStamp(s string) bool {
	if len(s) <= len(timeLabel) || !strings.EqualFold(s[:len(timeLabel)], timeLabel) {
		return false
	}
	rest := strings.TrimLeft(s[len(timeLabel):], " ")
	if !strings.HasPrefix(rest, ":") {
		return false
	}
	rest = strings.TrimSpace(rest[1:])
	return mayOpenStamp(rest) && stampRe().MatchString(rest)
}
