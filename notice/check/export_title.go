package check

import "github.com/thongbao/thongbao/notice/plain"

// exportDroppedTitle reports whether the text is a legal library's export
// that drops the tên loại: its list of related documents stands above the
// header as the page's lines (plain.RelatedItem, "- 1Thông tư ...", "-
// 2Quyết định ..."), and the header under it is read. Such an export
// keeps each cell of the header's table to its first paragraph ("ỦY BAN
// NHÂN DÂN | CỘNG HÒA ...", "Số: 197/KH-UBND | Ninh Bình, ngày ..."), and
// the tên loại and trích yếu set under the table are not served: their
// absence is the page's, not the office's.
func (v *View) exportDroppedTitle() bool {
	if len(v.Header) == 0 || len(v.Pages) == 0 {
		return false
	}
	for _, p := range v.Pages {
		if p.LineAt(0) > v.Header[0].LineAt(0) {
			break
		}
		if plain.RelatedItem(p.Text) {
			return true
		}
	}
	return false
}
