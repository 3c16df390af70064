package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// tailRe is a line a page or a repost leaves under a letter's closing
// "./.", none of it a sentence of the body: a note wholly in brackets
// ("(bản quy hoạch chung đính kèm)"), a station's or a paper's credit
// ("Theo thời sự 18h30/TTV", "Nguồn: Báo Thanh Hóa") that ends no
// sentence, a note in brackets naming the post's source run into the
// poster's unit ("(Công văn số 51 của HĐND huyện)Văn phòng HĐND&UBND
// huyện"), or marks alone ("."). A note of the signature ("(Đã ký)")
// is the end block's, never a tail.
var tailRe = lazyre.New(`^(?:\([^()]+\)\.?|\([^()]+\)\s*\p{Lu}[^.!?;:()]{0,60}|(?:Theo|Nguồn)\b[^.!?;]{1,60}|[\p{P}\p{S}]+)$`)

// closeTail reports whether l, in the body, stands under a body whose
// last paragraph closes with "./." and is, with every line after it, a
// tail of the page's (tailRe): the letter ended at the "./.", and a
// line after it is not its last sentence.
func (r *reader) closeTail(l line) bool {
	last := r.lastBody()
	if last < 0 || last != len(r.paras)-1 || !strings.HasSuffix(strings.TrimSpace(r.paras[last].Text), "./.") ||
		!pageTail(l.text) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil || n.text != "" && !pageTail(n.text) {
			return false
		}
	}
	return true
}

// pageTail reports whether a line under the closing "./." is a tail of
// the page's (tailRe) and holds no note of the signature ("(Đã ký)
// Nguyễn Văn A"): the end block's line, not the page's.
func pageTail(t string) bool {
	t = strings.TrimSpace(t)
	if !tailRe().MatchString(t) {
		return false
	}
	if open := strings.IndexByte(t, '('); open >= 0 {
		if end := strings.IndexByte(t, ')'); end > open && signNoteRe().MatchString(t[open:end+1]) {
			return false
		}
	}
	return true
}
