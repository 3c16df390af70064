package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A crawler that cuts a legal library's page into chunks opens each chunk
// with its label, the document's kind, number and year ("Quyết định
// 435/QĐ-UBND năm 2020. "), and after it the heading of the part the
// chunk stands in ("CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG ..."). Neither is
// the document's: cutChunkLabels cuts the label from every line it opens,
// when two lines at least open with the same one, and the part's heading
// repeated after it from every line but the first that holds it.
var chunkLabelRe = lazyre.New(`^(?:Quyết định|Thông báo|Kế hoạch|Nghị định|Thông tư|Công văn|Chỉ thị|Nghị quyết|Quy định|Hướng dẫn|Báo cáo|Luật|Pháp lệnh)\s+\S*\d\S*/\S+\s+năm\s+\d{4}\.\s+`)

// chunkHeadRe is a part's heading in capitals closed by a full stop at
// the head of a chunk, after its label.
var chunkHeadRe = lazyre.New(`^[\p{Lu}][\s,\-\p{Lu}]{3,80}\.\s+`)

// chunkLabels is how many lines open with the same label at least.
const chunkLabels = 2

// cutChunkLabels cuts a crawler's chunk labels and the heading repeated
// after them (see chunkLabelRe).
func cutChunkLabels(out []line) {
	count := map[string]int{}
	for _, l := range out {
		if !mayChunkLabel(l.text) {
			continue
		}
		if m := chunkLabelRe().FindString(l.text); m != "" && l.cells == nil {
			count[m]++
		}
	}
	heads := map[string]bool{}
	for i := range out {
		l := &out[i]
		if l.cells != nil || len(l.src) < len(l.text) {
			continue
		}
		if !mayChunkLabel(l.text) {
			continue
		}
		m := chunkLabelRe().FindString(l.text)
		if m == "" || count[m] < chunkLabels {
			continue
		}
		cutHead(l, len(m))
		h := chunkHeadRe().FindString(l.text)
		if h == "" || !strings.Contains(h, " ") && len(h) < 8 {
			continue
		}
		if heads[h] {
			cutHead(l, len(h))
		}
		heads[h] = true
	}
}

// mayChunkLabel reports whether s holds the literals every match of
// chunkLabelRe holds, "/" and "năm": most lines of a text hold no "/",
// and the expression is not tried on them.
func mayChunkLabel(s string) bool {
	return strings.IndexByte(s, '/') >= 0 && strings.Contains(s, "năm")
}

// cutHead cuts the first n bytes of a line's text.
func cutHead(l *line, n int) {
	l.text, l.src = l.text[n:], l.src[n:]
	if l.nfd > n {
		l.nfd -= n
	} else {
		l.nfd = 0
	}
}
