package check

import (
	"strings"
	"sync"
)

// nameHeads start the name of a body, a post or a document: a name the
// name-spelling rule reports is quoted from one of them, whole, so that a
// clerk can find it and act on it. Built on first use (nameHeadsByFirst),
// not at the start of every process.
func nameHeads() [][]string {
	var out [][]string
	for _, h := range append(append([]string{}, orgHeads...), "công ty", "tổng công ty", "liên danh", "bộ", "cục", "tổng cục",
		"vụ", "viện", "hội đồng", "bệnh viện", "quỹ", "nhà máy", "nhà tang lễ", "nhà văn hóa", "nhà thiếu nhi", "nhà hát", "nhà thi đấu", "nhà khách", "nhà xuất bản", "khu", "cụm", "luật", "bộ luật", "kế hoạch", "chương trình",
		"đề án", "quy chế", "quy hoạch", "nghị quyết", "nghị định", "quyết định", "chỉ thị", "thông tư", "trưởng ban",
		"phó trưởng ban", "trưởng phòng", "bí thư", "cổng", "hệ thống", "dự án", "giấy chứng nhận",
		"văn bản", "công văn", "thông báo", "báo cáo", "tờ trình", "phương án", "hướng dẫn", "quy định", "điều lệ") {
		out = append(out, strings.Fields(h))
	}
	return out
}

// nameHeadsByFirst are the heads of nameHeads by their first word.
var nameHeadsByFirst = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, h := range nameHeads() {
		m[h[0]] = append(m[h[0]], h)
	}
	return m
})

// nameStops end a name where they follow it in small letters: "Công ty
// Cổ phần Đầu tư Tân Đại Long lập ..." ends before "lập".
var nameStops = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"lập": true, "thực": true, "phục": true, "gửi": true, "đề": true, "báo": true, "cấp": true, "ký": true, "giao": true, "nhận": true, "làm": true, "chỉ": true, "tổ": true, "đã": true, "sẽ": true, "đang": true}
})

// maxNameSpan bounds a whole name, in words.
const maxNameSpan = 14

// wholeName gives the bounds in a.seg.Text of the whole name that word at
// of spot a's window belongs to, as the two spellings a and b share it:
// from the nearest head word of a body, post or document before it
// ("Công ty", "Phòng", "Luật", written with a capital) to where the two
// spellings part or the name ends (a word of prose after its last
// capitalised word). ok is false when no head starts the name: the words
// are then a fragment of prose, which a clerk cannot act on; but where
// bare is true (a key slipped in a word of the name, the usual spelling
// the more often written), a window that opens with a capital inside a
// sentence is read as the name from its first word.
func wholeName(v *View, a, b spot, at int, bare bool) (off, end int, ok bool) {
	xa, xb := v.index(a.seg.Text), v.index(b.seg.Text)
	wa, wb, la, lb := xa.words, xb.words, xa.lex, xb.lex
	ia, ib := wordIndex(wa, a.off), wordIndex(wb, b.off)
	if ia < 0 || ib < 0 || ia+at >= len(wa) || ib+at >= len(wb) {
		return 0, 0, false
	}
	ia, ib = ia+at, ib+at
	// The head nearest the word, in either spelling ("Trưởng ban" beside
	// "Trưởng Ban": "Trưởng", not "Ban").
	ha, hb := headBefore(xa, ia), headBefore(xb, ib)
	switch {
	case ha < 0 && hb < 0:
		if !bare || !midSentence(xa, ia-at) || !midSentence(xb, ib-at) {
			return 0, 0, false
		}
		ha, hb = ia-at, ib-at // a name with no head's word, a key slipped in it: "nghỉ lễ Giỗ Tổ Hùng Vường"
	case ha < 0 || hb >= 0 && ib-hb > ia-ha:
		ha = ia - (ib - hb)
	default:
		hb = ib - (ia - ha)
	}
	if ha < 0 || hb < 0 || !spacedRun(xa, ha, ia) || !spacedRun(xb, hb, ib) {
		return 0, 0, false
	}
	for k := 0; k < ia-ha; k++ {
		if la[ha+k].looseForm() != lb[hb+k].looseForm() {
			return 0, 0, false
		}
	}
	// The words both spellings share after the one that differs, up to a
	// word of prose; the name ends at the last capitalised one of them,
	// or two words after it ("Ban Chỉ đạo Chuyển đổi số").
	n := 0
	for ia+n+1 < len(wa) && ib+n+1 < len(wb) && ia+n-ha < maxNameSpan {
		na, nb := la[ia+n+1], lb[ib+n+1]
		w := na.lowered()
		if !xa.spaced[ia+n+1] || !xb.spaced[ib+n+1] || na.looseForm() != nb.looseForm() ||
			!na.capitalW() && !nb.capitalW() && (nameStops()[w] || functionWords()[w] && w != "và" && w != "số") {
			break
		}
		n++
	}
	last := 0 // the last capitalised word, from ia
	for k := 0; k <= n; k++ {
		if la[ia+k].capitalW() || lb[ib+k].capitalW() {
			last = k
		}
	}
	ea := ia + min(n, last+2)
	for ea > ia && !la[ea].capitalW() && la[ea].lowered() != "số" && (functionWords()[la[ea].lowered()] || stopWords()[la[ea].lowered()]) {
		ea-- // "và" cannot end a name
	}
	return wa[ha].off, wa[ea].end, true
}

// wordIndex is the index of the word of ws at byte off, -1 if none.
func wordIndex(ws []wordAt, off int) int {
	for i, w := range ws {
		if w.off == off {
			return i
		}
	}
	return -1
}

// headBefore is the index of the nearest word at or before word i of x
// that starts a name (nameHeads), written with a capital, with only
// spaces between the words from it to i; -1 if none within a name's reach.
func headBefore(x *textIndex, i int) int {
	lex := x.lex
	for j := i; j >= 0 && i-j < maxNameSpan; j-- {
		if j < i && !nameJoined(x, j+1) {
			return -1
		}
		if !lex[j].capitalW() || !headAt(lex, j) {
			continue
		}
		if j > 0 && x.spaced[j] && (lex[j-1].folded() == "tổng" || lex[j-1].folded() == "phó") {
			j-- // "Tổng công ty", "Phó Giám đốc"
		}
		if j > 0 && x.spaced[j] && titleCase(x.words[j-1].text) && !headAt(lex, j-1) {
			continue // the head is the middle of another name: "Hội" of "Quốc Hội"
		}
		return j
	}
	return -1
}

// headAt reports whether a head of nameHeads starts at word j.
func headAt(lex []*lexeme, j int) bool {
	for _, h := range nameHeadsByFirst()[lex[j].folded()] {
		if j+len(h) > len(lex) {
			continue
		}
		match := true
		for k, w := range h {
			if lex[j+k].folded() != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// spacedRun reports whether words from to to of x stand in one name
// (nameJoined).
func spacedRun(x *textIndex, from, to int) bool {
	for k := from; k < to; k++ {
		if !nameJoined(x, k+1) {
			return false
		}
	}
	return true
}

// nameJoined reports whether words k-1 and k of x stand in one name: only
// spaces part them, or a dash before a capitalised word, as a body named
// for two fields writes it ("Ban Thi đua - Khen thưởng thành phố",
// "Trung tâm Văn hóa – Thông tin"): the head before the dash heads the
// words after it.
func nameJoined(x *textIndex, k int) bool {
	if x.spaced[k] {
		return true
	}
	return k > 0 && x.lex[k].title() && dashGap(x.text[x.words[k-1].end:x.words[k].off])
}

// midSentence reports whether word i of x, written with a capital, stands
// after a word in small letters with a space between: a name inside a
// sentence ("nghỉ lễ Giỗ Tổ Hùng Vương"), not the first word of a
// sentence, a heading or a list's item, where any word takes a capital.
func midSentence(x *textIndex, i int) bool {
	if i < 1 || !x.spaced[i] || !x.lex[i].capitalW() {
		return false
	}
	return allLower(x.words[i-1].text)
}
