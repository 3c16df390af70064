package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A notice with no trích yếu (a small office's post: "THÔNG BÁO" and then
// its body) opens its body right under the tên loại, often with the
// situation or the grounds it acts on: "Trước diễn biến phức tạp của dịch
// Covid – 19; thực hiện Công văn số ... , Ban Quản lý di tích thông báo
// ...". A trích yếu names the matter in a phrase; it is never a sentence
// of forty words, nor clauses parted by ";". bodyOpening tells such a
// first paragraph, which is read as the body's.
var situationRe = lazyre.New(`^(?:Trước (?:tình hình|diễn biến|thực trạng)|Thực hiện|Căn cứ|Theo|Trên cơ sở|Nhằm|Để)\s`)

// openingWords is how many words a paragraph under the tên loại holds at
// least to be the body's opening rather than a trích yếu.
const openingWords = 40

// bodyOpening reports whether the first paragraph under the tên loại is
// the body's opening, not a trích yếu.
func bodyOpening(t string) bool {
	t = strings.TrimSpace(t)
	if !situationRe().MatchString(t) {
		return false
	}
	return len(strings.Fields(t)) >= openingWords || strings.Contains(t, "; ") && strings.HasSuffix(t, ".")
}
