package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// chromeRe is a line a web page prints around the letter and never a
// line of it: the print link ("In trang", "Bản in"), the post's stamp
// ("Cập nhật lúc : 08:51 17/04/2018", "Ngày đăng: 17/04/2018 08:51",
// "Cập nhật ngày: 15/07/2021 - 20:38", "Đăng lúc: 17:00:00 02/01/2024
// (GMT+7)"), its view count ("Lượt xem: 125", "Lượt đọc: 131"),
// the print link ("In bài viết"), an embedded video player's text while
// it loads ("Loading the player..."), the link to the file ("Tải file đầy đủ bên dưới", "Tải về", "Xem
// văn bản") and the labels of its reading tools ("Xem cỡ chữ:", "Đọc bài
// viết:"). Each is the whole line.
var chromeRe = lazyre.New(`(?i)^(?:in trang|in bài(?: viết)?|bản in|tải về|xem văn bản|(?:xem cỡ chữ|đọc bài viết|cỡ chữ)\s*:?|tải file(?: đầy đủ)?(?: (?:bên|ở) dưới| tại đây)?` +
	`|(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng lúc|ngày đăng tin)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:[AP]M|SA|CH)\s*)?)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|SA|CH))?)?(?:\s*\(GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\))?` +
	`|lượt (?:xem|đọc)\s*:?\s*\d[\d.,]*|loading the player\s*\.*)$`)

// stampRe is a post's time alone on a line, a date and a time of day with
// no word: "16/11/2008 - 21:24", "(10/01/2023 14:27:39)", "08:51
// 17/04/2018", "22/06/2021 5:28:52 CH" (SA and CH, sáng and chiều, the
// Vietnamese AM and PM of a portal's clock), the date parted by hyphens
// as some portals print it ("01-09-2017 - 10:21"), perhaps after its
// weekday and before its zone ("Chủ Nhật, 21/10/2018, 22:36 [GMT+7]") or
// the post's view count set apart by spaces ("14/03/2024 16:41    73"),
// or the clock a site prints unpadded at midnight ("Thứ hai, 19/10/2020, 0:0").
// No line of a letter is a bare time: its date of issue is written with
// its place and in words.
var stampRe = lazyre.New(`(?i)^\(?\s*(?:` + stampWeekday + `)?(?:` + stampSpelled + `|` + stampDate + `\s*[-|,]?\s*\d{1,2}:(?:\d{2}|0)(?::\d{2})?(?:\s*(?:[AP]M|SA|CH))?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|SA|CH))?\s*[-|,]?\s*` + stampDate + `)\s*\)?(?:\s*[(\[]GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?[)\]]|\s+GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?:\s{2,}\d{1,7})?$`)

// stampWeekday is the weekday a newspaper prints before its post's date
// and time ("Chủ Nhật, 21/10/2018, 22:36 [GMT+7]"), or a site's theme in
// English, short ("Thu, 15/12/2016, 10:13 GMT+7").
const stampWeekday = `(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|` + englishWeekday + `),?\s*`

// englishWeekday is a weekday in English, short or whole.
const englishWeekday = `(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?`

// stampSpelled is a post's date in words after its weekday, then its
// time after a dash ("Thứ Ba, ngày 5 tháng 5 năm 2020 - 16:33"), as a
// district's CMS prints its stamp: a letter's date in words follows its
// place, never a weekday, and carries no time of day.
const stampSpelled = `(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*[-|,]\s*\d{1,2}:\d{2}(?::\d{2})?`

// stampDate is the date of a post's stamp, its parts parted by slashes
// or by hyphens, the same mark twice.
const stampDate = `(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4})`

// viewsRe is a post's view count ("Lượt xem: 14"): among the first lines,
// it stands under the post's title as its stamp does.
var viewsRe = lazyre.New(`(?i)^lượt (?:xem|đọc)`)

// printLinkRe is a post's print link ("In bài viết", "In trang"): among
// the first lines, it stands under the post's title as its stamp does.
var printLinkRe = lazyre.New(`(?i)^(?:in trang|in bài(?: viết)?|bản in)$`)

// postDateRe is a post's date alone on a line ("19/09/2024", "25/08/22" with its year short), or under
// the site's label ("Ngày: 24/03/2015", "Ngày 21/05/2021", "Ngày đăng:
// ..."), the page's own
// at the head of a post; further down a date alone may be a cell of a
// table the text lists one cell a line. A notice writes its date after
// its place, in words ("Bắc Giang, ngày 24 tháng 3 năm 2015").
var postDateRe = lazyre.New(`^(?:Ngày\s*:?\s*|(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày)\s*:\s*)?\(?\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\)?$`)

// headViewsRe is a post's view count as a site prints it on the page's
// first line, the count before its label ("23 Lượt xem"): above the
// post's title, the page's, and no stamp of the title.
var headViewsRe = lazyre.New(`(?i)^\d[\d.,]*\s*lượt (?:xem|đọc)$`)

// attachLabelRe is a portal's label for the files of a post, "Tài liệu
// đính kèm:", "Tập tin đính kèm", "FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN" (a
// legal library's table of the files, its one cell), at the text's end
// (attachTable).
var attachLabelRe = lazyre.New(`(?i)^(?:tài liệu|tệp|tập tin|file)(?: được)? đính kèm(?: theo (?:văn bản|bài viết))?\s*:?$`)

// stampLines is how many lines of text at the head of a post may hold
// the post's title, its date and its lead.
const stampLines = 3

// dropChrome blanks the lines of a web page's own around the letter
// (chromeRe, stampRe, postDateRe among the first lines, attachLabelRe on
// the last), so that none is read as a line of the letter, and returns
// the indexes of the post's stamps among them (its date or time). A
// portal's stamp row ("Ngày đăng 20/08/2014 | 12:00 | Lượt xem: 1088")
// is read under the post's title below the site's "Trang chủ" and menu
// items, which do not count among the first lines (site_menu.go); there
// it is the post's stamp, so that the line over it is read as the post's
// title, and so it is with no menu over it ("07/10/2021 | 17:11 | View
// Count: 100" under "Thông báo về việc treo cờ ... 10 tháng 10.", the
// page's whatever its end). Over a stamp row with no menu above, a page
// may print the notice's own tên loại ("THÔNG BÁO" over "Thông báo về
// việc ..." over "Ngày đăng ... | View count: 87"), which stays the
// notice's, and the line under it its trích yếu (kindOverRow).
func dropChrome(out []line) []int {
	var stamps []int
	seen, last := 0, -1
	menu, inMenu := 0, true // the site's "Trang chủ" and menu items over the post (site_menu.go), and whether they may go on
	spoken := false         // whether a line over this one ends a sentence or a clause: the notice's text has begun
	dropVisits(out)         // page_visits.go
	overPostHead(out)       // page_tools.go
	for i, l := range out {
		if l.cells != nil && !l.page && seen-menu < stampLines && (stampRow(l) || bareStampRow(l)) { // page_stamp_row.go
			if menu > 0 || !kindOverRow(out, i) {
				stamps = append(stamps, i) // under the site's menu, the line over it is the post's title (titleOverStamp)
			}
			seen++
			out[i] = line{num: l.num, chrome: true} // "Ngày đăng 12/03/2018 | 14:56 | View count: 87" under the post's title
			dotUnderRow(out, i)                     // page_stamps.go
			continue
		}
		if l.cells != nil || l.text == "" || l.page {
			continue // a crawler's record is the page's already (page_record.go)
		}
		if seen == 0 && headViewsRe().MatchString(strings.TrimSpace(l.text)) {
			out[i] = line{num: l.num, chrome: true} // "23 Lượt xem" over the post's title: the page's count, no stamp under a title
			continue
		}
		if loneMark(l.text) && seen < stampLines {
			continue // the bullet of the page's info block over its stamp (dropLoneMarks, page_stamp_posted.go)
		}
		seen++
		if t := strings.TrimSpace(l.text); inMenu && (seen == 1 && homeRe().MatchString(t) || menu > 0 && menu <= menuItems && menuItem(t)) {
			menu++
		} else {
			inMenu = false
		}
		counter := seen == 2 && postCounter(out[last].text, l.text) // page_counter.go
		if counter && postTitleOverCount(out[last].text) {
			out[last].page = true // the post's title over its count (page_counter.go)
		}
		last = i
		chrome := counter || mayOpenChrome(l.text) && chromeRe().MatchString(l.text)
		top := seen <= stampLines && (viewsRe().MatchString(l.text) || seen > 1 && printLinkRe().MatchString(strings.TrimSpace(l.text))) // under a title
		if chrome && (strings.Contains(l.text, "/") || top) ||
			mayOpenStamp(l.text) && stampRe().MatchString(l.text) || seen <= stampLines && postDateRe().MatchString(l.text) ||
			seen <= stampLines && (stampBeforeTools(l.text) || labelledStamp(l.text) || portalClock(l.text) || postedStamp(l.text)) ||
			seen <= stampLines && bareStampLine(l.text) && !kindOverRow(out, i) { // page_stamp_row.go // page_stamp_label.go, page_visits.go
			// "Cập nhật ngày: 15/07/2021 - 20:38", "16/11/2008 - 21:24", "Lượt xem: 14" under the post's title
			stamps = append(stamps, i)
			chrome = true
		}
		if PaperStamp(l.text) || (!spoken || clockTime(l.text)) && WeekdayStamp(l.text) { // a weekday's date under a sentence, with no time, is a schedule's day: "... như sau:" over "Thứ Hai, 16/02/2026"
			if !chrome {
				stamps = append(stamps, i)
			}
			out[i].page = true // kept as the page's: it tells a paper's print (PaperStamp)
			continue
		}
		if chrome || pageTool(l.text) || imageName(l.text) { // page_tools.go, page_image_name.go
			out[i] = line{num: l.num, chrome: true}
		} else if endsSentence(l.text) {
			spoken = true
		}
	}
	dropLoneMarks(out)       // page_stamp_posted.go
	dropTailViews(out, last) // page_views_tail.go
	attachTable(out, last)
	return stamps
}

// mayOpenChrome reports whether s opens as every match of chromeRe does,
// with the first letter of one of its words ("in", "bản", "tải", "xem",
// "đọc", "cỡ", "cập", "ngày", "đăng", "lượt", "loading") in either case;
// mayOpenStamp whether it opens as every match of stampRe does, with a
// bracket, white space, a figure or the first letter of a weekday ("thứ",
// "chủ nhật"), or a weekday in English ("Thu", "Monday"). dropChrome
// asks both of every line of a text, and each try of an expression costs
// the regexp package's set-up.
func mayOpenChrome(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] | 0x20 {
	case 'i', 'b', 't', 'x', 'c', 'n', 'l':
		return true
	}
	return strings.HasPrefix(s, "đ") || strings.HasPrefix(s, "Đ")
}

func mayOpenStamp(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c == '(' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || '0' <= c && c <= '9':
		return true
	case c|0x20 == 't' || c|0x20 == 'c':
		return true
	case len(s) >= 3:
		switch strings.ToLower(s[:3]) { // a weekday in English (englishWeekday)
		case "mon", "wed", "fri", "sat", "sun":
			return true
		}
	}
	return false
}

// attachHeadRe is the head row of a portal's table of attached files
// ("STT Tên tập tin Tải về"); attachRowRe a row of it, a count and a
// file's name ("1 Thông báo 94 ()").
var (
	attachHeadRe = lazyre.New(`(?i)^(?:stt\s+)?tên (?:tập tin|tệp|file|tài liệu)\b.{0,40}$`)
	attachRowRe  = lazyre.New(`^\d{1,2}\.?\s+\S.{0,100}$`)
)

// attachRows is how many files a portal's table of attachments may list
// under its label at the text's end.
const attachRows = 5

// attachTable blanks a portal's label for the files of a post
// (attachLabelRe) on the text's last line, or over its table of the
// files, its head row and a few short rows of a count and a name, to the
// end of the text: the page's, listing what it attaches, no line of the
// notice.
func attachTable(out []line, last int) {
	var tail []int
	if i := lastRow(out); i > last && len(out[i].cells) == 1 && attachLabelRe().MatchString(strings.TrimSpace(out[i].cells[0].text)) {
		out[i] = line{num: out[i].num} // a library's table of the files, one cell, at the end
	}
	for i := last; i >= 0 && len(tail) <= attachRows+1; i-- {
		if out[i].cells != nil || out[i].text == "" {
			continue
		}
		t := strings.TrimSpace(out[i].text)
		if attachLabelRe().MatchString(t) {
			if len(tail) > 0 && !attachHeadRe().MatchString(strings.TrimSpace(out[tail[len(tail)-1]].text)) {
				return // rows with no head row: the notice's own list
			}
			for _, k := range append(tail, i) {
				out[k] = line{num: out[k].num, chrome: true}
			}
			return
		}
		if !attachRowRe().MatchString(t) && !attachHeadRe().MatchString(t) {
			return
		}
		tail = append(tail, i)
	}
}

// lastRow is the index of the last line of out that holds cells, or -1.
func lastRow(out []line) int {
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].cells != nil {
			return i
		}
		if strings.TrimSpace(out[i].text) != "" {
			return -1
		}
	}
	return -1
}

// endsSentence reports whether s, a line of text, ends a sentence or
// opens a list (".", ":", ";"): a page's headline, menu or stamp does
// not, a notice's text does.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.ContainsRune(".:;", rune(s[len(s)-1]))
}

// clockTime reports whether s writes a time of the clock, a figure, ":"
// and a figure ("23:10"), as a post's stamp does and a schedule's day
// line does not.
func clockTime(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ':' && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
