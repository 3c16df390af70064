package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// comradeShortsIn returns where "đ/c" (đồng chí) stands as a word in s:
// "gặp đ/c Nguyễn Thị Nga", "các Đ/c CBGVNV", after the text's start, a
// white space or "(", and before its end, a white space or one of
// ".,;:)". A slash between other letters is a code or a unit ("kg/ha",
// "QĐ/UB") and is not one. The places are those of group 1 of the
// expression `(?:^|[\s(])([đĐ]/[cC])(?:[\s.,;:)]|$)` found over the
// whole text (comradeShortExpr), each match taking the mark after it,
// which then opens no other: read from each slash instead of from every
// byte.
func comradeShortsIn(s string) []int {
	var out []int
	from := 0 // the end of the last match: no match starts before it
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return out
		}
		j += i
		i = j + 1
		if j+1 >= len(s) || s[j+1]|0x20 != 'c' {
			continue
		}
		g := j - len("đ")
		if g < 0 || s[g:j] != "đ" && s[g:j] != "Đ" || g > 0 && (g-1 < from || !comradeLead(s[g-1])) {
			continue
		}
		end := j + 2
		if end < len(s) {
			if !strings.ContainsRune("\t\n\f\r .,;:)", rune(s[end])) {
				continue
			}
			end++
		}
		out = append(out, g)
		from, i = end, end
	}
}

// comradeLead reports whether c may stand before "đ/c": a white space of
// the expressions' \s, or "(".
func comradeLead(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '('
}

// comradeShort reports "đ/c" written for "đồng chí" in the body: a note
// of a Nơi nhận may shorten it ("- Đ/c Bí thư Thành ủy;", read apart from
// the body), but the body names a person as "đồng chí" in full (thực
// tiễn: every dev text that writes "đ/c" in its body has it listed as a
// slip, in three offices). A passage quoted from another document is
// left as written.
func comradeShort(p *Pass) {
	v := p.View
	segs := v.bodySegs()
	var inQuote map[diag.Pos]bool
	for _, seg := range segs {
		if !strings.Contains(seg.Text, "/c") && !strings.Contains(seg.Text, "/C") {
			continue
		}
		for _, at := range comradeShortsIn(seg.Text) {
			if inQuote == nil {
				inQuote = v.quotationsIn(segs).inside
			}
			if inQuote[seg.PosAt(0)] || quoted(seg.Text, at) {
				continue
			}
			short := seg.Text[at : at+len("đ/c")]
			p.Report(seg, at, diag.Msg("%q viết tắt của \"đồng chí\": trong nội dung văn bản viết đầy đủ", "%q shortens \"đồng chí\": the body writes it in full", short),
				diag.Msg("viết \"đồng chí\"", "write \"đồng chí\""))
		}
	}
}
