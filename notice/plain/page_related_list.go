package plain

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// relatedItemRe is an item of a legal library's list of documents related
// to the one it serves, as its export sets it above the text: a dash, the
// item's number glued to the kind of the document it names ("- 1Thông tư
// 09/2005/TT-BCA hướng dẫn ...", "- 2Quyết định 160/2004/QĐ-TTg ...",
// "- 6Luật tổ chức chính quyền địa phương 2015"). No notice numbers its
// items so, its number glued to a word.
var relatedItemRe = lazyre.New(`^[-–•]\s*(\d{1,2})(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Thông báo|Hướng dẫn|Quy định|Văn bản|Sắc lệnh|Thông tri|Điều lệ|Quy chế|Chương trình|Công điện|Báo cáo|Tờ trình)\s`)

// relatedList marks a library's list of related documents (relatedItemRe)
// at the head of a text as the page's: its items numbered from 1 on, one
// after another, each on its line, with nothing above them and a header
// (a Quốc hiệu, a place and date, or a row of the header's columns) right
// under the last. However many items the list holds, they are the site's,
// not the notice's lines above its header (leadOverHeader takes at most
// leadLines).
func relatedList(out []line) {
	var items []int
	last := -1
	for i, l := range out {
		if l.cells != nil {
			break
		}
		t := strings.TrimSpace(l.text)
		if t == "" || l.page {
			continue
		}
		m := relatedItemRe().FindStringSubmatch(t)
		if m == nil {
			break
		}
		if n, _ := strconv.Atoi(m[1]); n != len(items)+1 {
			return
		}
		items = append(items, i)
		last = i
	}
	if len(items) == 0 || last+1 >= len(out) || !headerUnder(out, last+1) {
		return
	}
	for _, i := range items {
		out[i].page = true
	}
}

// headerUnder reports whether the first line of text at index i of out or
// after it is a header's: a row of the header's columns, the Quốc hiệu or
// Tiêu ngữ, the place and date, or a line headerShaped with one of those
// among the six lines after it.
func headerUnder(out []line, i int) bool {
	for ; i < len(out); i++ {
		l := out[i]
		if l.cells != nil {
			return rowHeaderShaped(l)
		}
		if t := strings.TrimSpace(l.text); t != "" {
			return headerShaped(t) && headerFollows(out, i)
		}
	}
	return false
}

// RelatedItem reports whether a page's line is an item of a legal
// library's list of related documents (relatedItemRe): the mark of the
// library's export, which flattens the header's cells to their first
// paragraphs and drops the tên loại and trích yếu under them.
func RelatedItem(t string) bool {
	return relatedItemRe().MatchString(strings.TrimSpace(t))
}
