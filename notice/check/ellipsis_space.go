package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// gluedEllipsis reports an ellipsis "…" run on to the next word, between
// two words in small letters: "tài liệu…của đơn vị", "khu dân cư…tạo môi
// trường". The ellipsis closes a list left open, and the sentence goes on
// after a space, as after a comma. Dots left to fill in ("Mã số:……"), an
// ellipsis before a mark or a capital, and a word of one letter before it
// are left alone.
func gluedEllipsis(p *Pass, seg *Seg) {
	text := seg.Text
	const mark = "…"
	for at := 0; ; {
		i := strings.Index(text[at:], mark)
		if i < 0 {
			return
		}
		i += at
		at = i + len(mark)
		r, _ := utf8.DecodeRuneInString(text[at:])
		if at >= len(text) || !isLetter(r) || isUpperRune(r) {
			continue
		}
		ws := wordsWithOffsets(text[:i])
		if len(ws) == 0 || ws[len(ws)-1].end != i || utf8.RuneCountInString(ws[len(ws)-1].text) < 2 || !allLower(ws[len(ws)-1].text) {
			continue
		}
		p.Report(seg, at, diag.Msg("thiếu dấu cách sau dấu \"…\" trong %q", "a space is missing after \"…\" in %q", ws[len(ws)-1].text+text[i:at+len(string(r))]),
			diag.Msg("thêm dấu cách sau dấu \"…\"", "add a space after \"…\""))
	}
}
