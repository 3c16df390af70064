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

// closeNoteLines is how many lines a page breaks a note in brackets over at
// most.
const closeNoteLines = 4

// markCloseNote marks as the page's a note in brackets the page broke
// over lines right under the body's closing "./." ("(Xin gửi kèm Công
// văn số 708/HĐBC-TGV về việc ..." over "năm 2022)"): joined, a tail of
// the page's (pageTail), as closeTail reads it on one line.
func markCloseNote(out []line) {
	end := -1
	for i, l := range out {
		if l.cells == nil && strings.HasSuffix(strings.TrimSpace(l.text), "./.") {
			end = i
		}
	}
	if end < 0 {
		return
	}
	open := nextText(out, end+1)
	if open < 0 || out[open].cells != nil || !strings.HasPrefix(strings.TrimSpace(out[open].text), "(") || strings.Contains(out[open].text, ")") {
		return
	}
	note := strings.TrimSpace(out[open].text)
	for i, n := nextText(out, open+1), 1; i >= 0 && n < closeNoteLines && out[i].cells == nil; i, n = nextText(out, i+1), n+1 {
		t := strings.TrimSpace(out[i].text)
		note += " " + t
		if !strings.Contains(t, ")") {
			continue
		}
		if pageTail(note) {
			for j := open; j <= i; j++ {
				if strings.TrimSpace(out[j].text) != "" {
					out[j].page = true
				}
			}
		}
		return
	}
}
