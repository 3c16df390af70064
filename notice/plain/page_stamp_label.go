package plain

import "strings"

// viewsLabel is the label of a post's view count a portal prints beside
// its reading tools on the line of the post's stamp, in small letters.
const viewsLabel = "lượt xem"

// stampBeforeTools reports whether s is a post's stamp (stampRe) with the
// labels of the page's reading tools (readingTools, page_tools.go) or its
// view count after it on the same line ("19/08/2019 10:57:25 Xem cỡ chữ
// Google"): the page's, as each of them is on a line of its own.
func stampBeforeTools(s string) bool {
	if !mayOpenStamp(s) {
		return false
	}
	i := toolsAt(strings.ToLower(s))
	return i > 0 && stampRe().MatchString(strings.TrimSpace(s[:i]))
}

// toolsAt returns where in low, a line in small letters, the first label
// of readingTools, or else viewsLabel, stands after the line's start; 0
// if none does.
func toolsAt(low string) int {
	for _, t := range readingTools {
		if i := strings.Index(low, t); i > 0 {
			return i
		}
	}
	return max(strings.Index(low, viewsLabel), 0)
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
