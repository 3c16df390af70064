package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// sentenceTab reports a tab typed for a space inside a sentence: after a
// word or a comma, before a word in small letters ("đơn vị tư vấn<Tab>tham
// khảo giá"). Word prints it as a gap as wide as the next tab stop. A tab
// after a list's mark or a label, at the line's start or end, or before a
// capital, a figure or a mark (a column set by a tab) is left.
func sentenceTab(p *Pass, seg *Seg, from int) {
	text := seg.Text
	for i := from; i < len(text); i++ {
		if text[i] != '\t' {
			continue
		}
		j := i
		for j > from && text[j-1] == ' ' {
			j--
		}
		k := i + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		next, _ := utf8.DecodeRuneInString(text[k:])
		if j == from || k == len(text) || !(unicode.IsLetter(prev) || prev == ',') || !unicode.IsLower(next) {
			continue
		}
		p.Report(seg, i, diag.Msg("dấu Tab giữa câu sau %q", "a tab inside a sentence after %q", before(text, i)),
			diag.Msg("thay dấu Tab bằng một dấu cách", "put one space for the tab"))
		return
	}
}
