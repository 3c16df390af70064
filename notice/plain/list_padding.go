package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Markdown pads a list item's marker to the item's indent: pandoc and
// markitdown write "1.  Sửa đổi ..." and "-   Lưu: VT." (the text at the
// fourth column), and an AI transcription writes as they do. The spaces
// are the list's mark, not a clerk's double space, in a text that is
// Markdown by its signs (markdownText) or by its name (.md).
var listPaddingRe = lazyre.New(`^(?:\d{1,3}[.)]|[a-zđ][.)]|[-+])( {2,4})\S`)

// trimListPadding reads each item's padded marker in a Markdown text
// with one space after it.
func trimListPadding(out []line) {
	for i := range out {
		l := &out[i]
		if l.cells != nil || !strings.Contains(l.text, "  ") {
			continue
		}
		m := listPaddingRe().FindStringSubmatchIndex(l.text)
		if m == nil {
			continue
		}
		a, b := m[2]+1, m[3] // keep the first space
		l.text = l.text[:a] + l.text[b:]
		if len(l.src) >= b {
			l.src = append(l.src[:a:a], l.src[b:]...)
		}
		if l.nfd > a+1 {
			l.nfd -= b - a
		}
	}
}
