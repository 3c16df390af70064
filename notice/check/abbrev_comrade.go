package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// comradeShortRe is "đ/c" (đồng chí) standing as a word: "gặp đ/c
// Nguyễn Thị Nga", "các Đ/c CBGVNV". A slash between other letters is a
// code or a unit ("kg/ha", "QĐ/UB") and is not matched.
var comradeShortRe = lazyre.New(`(?:^|[\s(])([đĐ]/[cC])(?:[\s.,;:)]|$)`)

// comradeShort reports "đ/c" written for "đồng chí" in the body: a note
// of a Nơi nhận may shorten it ("- Đ/c Bí thư Thành ủy;", read apart from
// the body), but the body names a person as "đồng chí" in full (thực
// tiễn: every dev text that writes "đ/c" in its body has it listed as a
// slip, in three offices). A passage quoted from another document is
// left as written.
func comradeShort(p *Pass) {
	v := p.View
	segs := withSegs(v.Body)
	var inQuote map[diag.Pos]bool
	for _, seg := range segs {
		if !strings.Contains(seg.Text, "/c") && !strings.Contains(seg.Text, "/C") {
			continue
		}
		for _, m := range comradeShortRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			if inQuote == nil {
				inQuote = v.quotationsIn(segs).inside
			}
			if inQuote[seg.PosAt(0)] || quoted(seg.Text, m[2]) {
				continue
			}
			short := seg.Text[m[2]:m[3]]
			p.Report(seg, m[2], diag.Msg("%q viết tắt của \"đồng chí\": trong nội dung văn bản viết đầy đủ", "%q shortens \"đồng chí\": the body writes it in full", short),
				diag.Msg("viết \"đồng chí\"", "write \"đồng chí\""))
		}
	}
}
