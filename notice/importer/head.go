package importer

import (
	"path/filepath"

	"github.com/thongbao/thongbao/notice/diag"
)

// head writes the comment at the top of the source: where it comes from
// and how to read it.
func (im *importer) head() {
	h := []string{
		"Nhập từ " + diag.PathIn(filepath.Base(im.r.Path), diag.VI) + " bằng thongbao import: câu chữ, số mục và thời hạn",
		"như văn bản gốc. Xem lại bằng thongbao check và thongbao render --format md.",
	}
	im.d.Head = append(h, im.d.Head...)
}
