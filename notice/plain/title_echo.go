package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// echoWords is how many words a trích yếu holds at least for a line
// that repeats it to be taken for a page's echo of it.
const echoWords = 4

// farLines is how many lines of text a portal's widgets and a post's
// title and stamp may take above a notice's tên loại.
const farLines = 4 * topLines

// dropEchoes blanks the lines above a text's tên loại that repeat the
// trích yếu under it: a web page's title of the post ("THÔNG BÁO VỀ VIỆC
// TREO CỜ ...") and its lead sentence ("UBND phường Chánh Lộ thông báo về
// việc treo cờ ..."), standing above the document. No line of a header
// (the issuer, the number, the Quốc hiệu, the place and date) holds a
// trích yếu, so none is read as the issuer or a header line.
//
// A tên loại further down than topLines lines of text (under a portal's
// widgets, up to farLines) may be an attached text's: there only a line that is the tên
// loại and the trích yếu under it run on one line, word for word, is
// blanked, the page's title of the post ("KẾ HOẠCH Thông tin, tuyên
// truyền ..." over "KẾ HOẠCH" / "Thông tin, tuyên truyền ...").
func dropEchoes(out []line) {
	title, seen := -1, 0
	for i, l := range out {
		if l.cells == nil && isTitle(strings.TrimSpace(l.text)) {
			title = i
			break
		}
		if l.text != "" || l.cells != nil {
			seen++
		}
		if seen > farLines {
			return
		}
	}
	if title < 1 {
		return
	}
	far := seen > topLines
	key := ""
	for _, l := range out[title+1:] {
		if l.cells != nil || strings.TrimSpace(l.text) != "" {
			key = cite.Fold(strings.TrimSpace(l.text))
			break
		}
	}
	if len(strings.Fields(key)) < echoWords {
		return
	}
	whole := cite.Fold(strings.TrimSpace(out[title].text)) + " " + key
	for i, l := range out[:title] {
		if l.cells != nil || l.text == "" {
			continue
		}
		if far && cite.Fold(strings.TrimSpace(l.text)) == whole || !far && echoes(l.text, key) {
			out[i] = line{num: l.num, chrome: true}
		}
	}
}

// echoes reports whether text repeats a trích yếu whose folded form is
// key.
func echoes(text, key string) bool {
	return strings.Contains(cite.Fold(text), key)
}

// unlessEchoed is k, the length of the tên loại heading line t starts
// with, or 0 when the next line repeats the heading in small letters,
// the tên loại first and the trích yếu inside it ("THÔNG BÁO VỀ VIỆC HOÃN
// TỔ CHỨC ĐẠI HỘI ..." over "Thông báo gửi cổ đông về việc hoãn tổ chức
// Đại hội ..."): the line in capitals is the site's title of the post,
// set in capitals by the site, and the notice's own words are under it.
func (r *reader) unlessEchoed(t string, k int) int {
	subject := cite.Fold(strings.TrimLeft(t[k:], ": "))
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil || n.text == "" {
			continue
		}
		next := strings.TrimSpace(n.text)
		if !isUpper(next) && len(strings.Fields(subject)) >= echoWords &&
			strings.HasPrefix(cite.Fold(next), cite.Fold(t[:k])+" ") && echoes(next, subject) {
			return 0
		}
		return k
	}
	return k
}
