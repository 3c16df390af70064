package check

import (
	"slices"
	"strings"
)

// capsCode reports whether a citation stands in a line in capitals (a
// trích yếu, a heading) and its code is one of the type's but for case:
// the line capitalises the code with the rest, "17-CTR/TU" for a
// Chương trình's "17-CTr/TU", so the case of its letters says nothing.
func capsCode(c cited, codes []string) bool {
	if !capsLine(c) {
		return false
	}
	return slices.ContainsFunc(codes, func(k string) bool { return strings.EqualFold(k, c.Number.Type) })
}

// capsLine reports whether a citation stands in a line in capitals: a
// paragraph with no small letter, or, where a reading joined a line in
// capitals to others (a trích yếu under a header laid out in cells, a
// pdftotext wrap), a citation whose type name and the words just before
// and after it are in capitals: "... CỦA QUYẾT ĐỊNH SỐ 20/2016/QĐ-TTG
// NGÀY 11 THÁNG 5 NĂM 2016 ..." (Thông tư 16/2017/TT-BTC).
func capsLine(c cited) bool {
	s := c.seg.Text
	if !hasLower(s) {
		return true
	}
	if hasLower(c.Type) {
		return false
	}
	before := strings.TrimRight(s[:c.Start()], " \u00a0")
	before = before[strings.LastIndexByte(before, ' ')+1:]
	after := strings.TrimLeft(s[c.End:], " \u00a0")
	if i := strings.IndexByte(after, ' '); i >= 0 {
		after = after[:i]
	}
	return before != "" && after != "" && capsWord(before) && capsWord(after)
}
