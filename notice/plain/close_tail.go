package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// tailRe is a line a page or a repost leaves under a letter's closing
// "./.", none of it a sentence of the body: a note wholly in brackets
// ("(bản quy hoạch chung đính kèm)"), a station's or a paper's credit
// ("Theo thời sự 18h30/TTV", "Nguồn: Báo Thanh Hóa") that ends no
// sentence, or marks alone (".").
var tailRe = lazyre.New(`^(?:\([^()]+\)\.?|(?:Theo|Nguồn)\b[^.!?;]{1,60}|[\p{P}\p{S}]+)$`)

// closeTail reports whether l, in the body, stands under a body whose
// last paragraph closes with "./." and is, with every line after it, a
// tail of the page's (tailRe): the letter ended at the "./.", and a
// line after it is not its last sentence.
func (r *reader) closeTail(l line) bool {
	last := r.lastBody()
	if last < 0 || last != len(r.paras)-1 || !strings.HasSuffix(strings.TrimSpace(r.paras[last].Text), "./.") ||
		!tailRe().MatchString(strings.TrimSpace(l.text)) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil || n.text != "" && !tailRe().MatchString(strings.TrimSpace(n.text)) {
			return false
		}
	}
	return true
}
