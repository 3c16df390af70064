package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// draftMarkRe is the mark of a draft typed on the tên loại's line before
// it: "DỰ THẢO BÁO CÁO", "DỰ THẢO LẦN 2 THÔNG BÁO", "(DỰ THẢO) KẾ HOẠCH".
var draftMarkRe = lazyre.New(`^\(?DỰ THẢO(?:\s+LẦN\s+\d{1,2})?\)?\s*[:\-–]?\s+`)

// draftTitle returns the offset in t of a tên loại written after the
// mark of a draft, and whether t is such a line: the whole rest of the
// line is the tên loại.
func draftTitle(t string) (int, bool) {
	if !strings.HasPrefix(strings.TrimLeft(t, " ("), "DỰ THẢO") {
		return 0, false
	}
	lead := len(t) - len(strings.TrimLeft(t, " "))
	m := draftMarkRe().FindStringIndex(t[lead:])
	if m == nil || !isTitle(strings.TrimSpace(t[lead+m[1]:])) {
		return 0, false
	}
	return lead + m[1], true
}

// titleWithDraft reads, in the header or at the top, a tên loại with the
// mark of a draft before it as the title, the mark left out (a draft's
// mark, no part of the tên loại), and reports whether it did.
func (r *reader) titleWithDraft(l line) bool {
	return r.titleIn(l, func(t string) (int, int, bool) {
		at, ok := draftTitle(t)
		return at, len(t), ok
	})
}
