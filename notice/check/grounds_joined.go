package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// joinedGrounds reports, for grounds, a paragraph that opens with a
// ground and runs the next ground into it after ";" ("Căn cứ Quyết định
// số 1718/QĐ-UBND ...; Căn cứ Công văn số 713/SGDĐT-...", Phụ lục I,
// Mục II, khoản 6, điểm a: each ground on a line of its own). A page laid
// out in columns (pdftotext) is left alone: its reading joins lines.
func joinedGrounds(p *Pass) {
	v := p.View
	if v.FromTOML || v.Columns {
		return
	}
	for _, seg := range withSegs(v.Body) {
		t, ok := groundText(seg)
		if !ok {
			continue
		}
		i := strings.Index(t, "; Căn cứ ")
		if i < 0 {
			continue
		}
		at := strings.Index(seg.Text, t) + i + len("; ")
		p.Report(seg, at, diag.Msg("hai căn cứ viết liền trong một đoạn (%q)", "two grounds run into one paragraph (%q)", short(t[i+len("; "):])),
			diag.Msg("xuống dòng trước \"Căn cứ\": mỗi căn cứ một dòng", "start a new line before \"Căn cứ\": one line a ground"))
	}
}
