package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// chromeRe is a line a web page prints around the letter and never a
// line of it: the print link ("In trang", "Bản in"), the post's stamp
// ("Cập nhật lúc : 08:51 17/04/2018", "Ngày đăng: 17/04/2018 08:51",
// "Cập nhật ngày: 15/07/2021 - 20:38"), its view count ("Lượt xem: 125")
// and the link to the file ("Tải file đầy đủ bên dưới", "Tải về", "Xem
// văn bản"). Each is the whole line.
var chromeRe = lazyre.New(`(?i)^(?:in trang|bản in|tải về|xem văn bản|tải file(?: đầy đủ)?(?: (?:bên|ở) dưới| tại đây)?` +
	`|(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng lúc|ngày đăng tin)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M\s*)?)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?` +
	`|lượt xem\s*:?\s*\d[\d.,]*)$`)

// stampRe is a post's time alone on a line, a date and a time of day with
// no word: "16/11/2008 - 21:24", "(10/01/2023 14:27:39)", "08:51
// 17/04/2018". No line of a letter is a bare time: its date of issue is
// written with its place and in words.
var stampRe = lazyre.New(`^\(?\s*(?:\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*[-|,]?\s*\d{1,2}/\d{1,2}/\d{4})\s*\)?$`)

// postDateRe is a post's date alone on a line ("19/09/2024"), the page's
// own at the head of a post; further down a date alone may be a cell of a
// table the text lists one cell a line.
var postDateRe = lazyre.New(`^\(?\d{1,2}/\d{1,2}/\d{4}\)?$`)

// attachLabelRe is a portal's label for the files of a post, "Tài liệu
// đính kèm:", on the text's last line with nothing listed under it.
var attachLabelRe = lazyre.New(`(?i)^(?:tài liệu|tệp|file) đính kèm\s*:?$`)

// stampLines is how many lines of text at the head of a post may hold
// the post's title, its date and its lead.
const stampLines = 3

// dropChrome blanks the lines of a web page's own around the letter
// (chromeRe, stampRe, postDateRe among the first lines, attachLabelRe on
// the last), so that none is read as a line of the letter, and returns
// the indexes of the post's stamps among them (its date or time).
func dropChrome(out []line) []int {
	var stamps []int
	seen, last := 0, -1
	for i, l := range out {
		if l.cells != nil || l.text == "" {
			continue
		}
		seen++
		last = i
		chrome := chromeRe().MatchString(l.text)
		if chrome && strings.Contains(l.text, "/") || stampRe().MatchString(l.text) || seen <= stampLines && postDateRe().MatchString(l.text) {
			stamps = append(stamps, i) // "Cập nhật ngày: 15/07/2021 - 20:38", "16/11/2008 - 21:24"
			chrome = true
		}
		if chrome {
			out[i] = line{num: l.num}
		}
	}
	if last >= 0 && attachLabelRe().MatchString(out[last].text) {
		out[last] = line{num: out[last].num}
	}
	return stamps
}
