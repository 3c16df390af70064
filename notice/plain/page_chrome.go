package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// chromeRe is a line a web page prints around the letter and never a
// line of it: the print link ("In trang", "Bản in"), the post's stamp
// ("Cập nhật lúc : 08:51 17/04/2018", "Ngày đăng: 17/04/2018 08:51"), its
// view count ("Lượt xem: 125") and the link to the file ("Tải file đầy đủ
// bên dưới", "Tải về"). Each is the whole line.
var chromeRe = lazyre.New(`(?i)^(?:in trang|bản in|tải về|tải file(?: đầy đủ)?(?: (?:bên|ở) dưới| tại đây)?` +
	`|(?:cập nhật lúc|ngày cập nhật|ngày đăng|đăng lúc|ngày đăng tin)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M\s*)?)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?` +
	`|lượt xem\s*:?\s*\d[\d.,]*)$`)

// dropChrome blanks the lines of a web page's own around the letter
// (chromeRe), so that none is read as a line of the letter.
func dropChrome(out []line) {
	for i, l := range out {
		if l.cells == nil && chromeRe().MatchString(l.text) {
			out[i] = line{num: l.num}
		}
	}
}
