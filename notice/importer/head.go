package importer

import "path/filepath"

// head writes the comment at the top of the source: where it comes from
// and how to read it.
func (im *importer) head() {
	h := []string{
		"Nhập từ " + filepath.Base(im.r.Path) + " (thongbao import). Số mục, thời hạn, câu chữ giữ như văn bản gốc;",
		"kiểm tra lại bằng: thongbao check, thongbao render --format md.",
	}
	im.d.Head = append(h, im.d.Head...)
}
