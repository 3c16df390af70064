package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// nameHeads start the name of a body, a post or a document: a name the
// name-spelling rule reports is quoted from one of them, whole, so that a
// clerk can find it and act on it.
var nameHeads = func() [][]string {
	var out [][]string
	for _, h := range append(append([]string{}, orgHeads...), "công ty", "tổng công ty", "liên danh", "bộ", "cục", "tổng cục",
		"vụ", "viện", "hội đồng", "bệnh viện", "quỹ", "nhà máy", "khu", "cụm", "luật", "bộ luật", "kế hoạch", "chương trình",
		"đề án", "quy chế", "quy hoạch", "nghị quyết", "nghị định", "quyết định", "chỉ thị", "thông tư", "trưởng ban",
		"phó trưởng ban", "trưởng phòng", "bí thư", "cổng", "hệ thống", "dự án", "giấy chứng nhận") {
		out = append(out, strings.Fields(h))
	}
	return out
}()

// nameStops end a name where they follow it in small letters: "Công ty
// Cổ phần Đầu tư Tân Đại Long lập ..." ends before "lập".
var nameStops = setOf("lập", "thực", "phục", "gửi", "đề", "báo", "cấp", "ký", "giao", "nhận", "làm", "chỉ", "tổ", "đã", "sẽ", "đang")

// maxNameSpan bounds a whole name, in words.
const maxNameSpan = 14

// wholeName gives the bounds in a.seg.Text of the whole name that word at
// of spot a's window belongs to, as the two spellings a and b share it:
// from the nearest head word of a body, post or document before it
// ("Công ty", "Phòng", "Luật", written with a capital) to where the two
// spellings part or the name ends (a word of prose after its last
// capitalised word). ok is false when no head starts the name: the words
// are then a fragment of prose, which a clerk cannot act on.
func wholeName(v *View, a, b spot, at int) (off, end int, ok bool) {
	wa, wb := v.words(a.seg.Text), v.words(b.seg.Text)
	ia, ib := wordIndex(wa, a.off), wordIndex(wb, b.off)
	if ia < 0 || ib < 0 || ia+at >= len(wa) || ib+at >= len(wb) {
		return 0, 0, false
	}
	ia, ib = ia+at, ib+at
	// The head nearest the word, in either spelling ("Trưởng ban" beside
	// "Trưởng Ban": "Trưởng", not "Ban").
	ha, hb := headBefore(a.seg.Text, wa, ia), headBefore(b.seg.Text, wb, ib)
	switch {
	case ha < 0 && hb < 0:
		return 0, 0, false
	case ha < 0 || hb >= 0 && ib-hb > ia-ha:
		ha = ia - (ib - hb)
	default:
		hb = ib - (ia - ha)
	}
	if ha < 0 || hb < 0 || !spacedRun(a.seg.Text, wa, ha, ia) || !spacedRun(b.seg.Text, wb, hb, ib) {
		return 0, 0, false
	}
	for k := 0; k < ia-ha; k++ {
		if looseWord(wa[ha+k].text) != looseWord(wb[hb+k].text) {
			return 0, 0, false
		}
	}
	// The words both spellings share after the one that differs, up to a
	// word of prose; the name ends at the last capitalised one of them,
	// or two words after it ("Ban Chỉ đạo Chuyển đổi số").
	n := 0
	for ia+n+1 < len(wa) && ib+n+1 < len(wb) && ia+n-ha < maxNameSpan {
		pa, na, pb, nb := wa[ia+n], wa[ia+n+1], wb[ib+n], wb[ib+n+1]
		w := strings.ToLower(na.text)
		if !spaced(a.seg.Text, pa.end, na.off) || !spaced(b.seg.Text, pb.end, nb.off) || looseWord(na.text) != looseWord(nb.text) ||
			!capitalWord(na.text) && !capitalWord(nb.text) && (nameStops[w] || functionWords[w] && w != "và" && w != "số") {
			break
		}
		n++
	}
	last := 0 // the last capitalised word, from ia
	for k := 0; k <= n; k++ {
		if capitalWord(wa[ia+k].text) || capitalWord(wb[ib+k].text) {
			last = k
		}
	}
	ea := ia + min(n, last+2)
	for ea > ia && !capitalWord(wa[ea].text) && strings.ToLower(wa[ea].text) != "số" && (functionWords[strings.ToLower(wa[ea].text)] || stopWords[strings.ToLower(wa[ea].text)]) {
		ea-- // "và" cannot end a name
	}
	return wa[ha].off, wa[ea].end, true
}

// capitalWord reports a capitalised word or an abbreviation in capitals.
func capitalWord(w string) bool { return titleCase(w) || isAbbrev(w) }

// looseWord folds a word's case, marks and i/y.
func looseWord(w string) string { return strings.ReplaceAll(stripTone(w), "y", "i") }

// wordIndex is the index of the word of ws at byte off, -1 if none.
func wordIndex(ws []wordAt, off int) int {
	for i, w := range ws {
		if w.off == off {
			return i
		}
	}
	return -1
}

// headBefore is the index of the nearest word at or before word i of s
// that starts a name (nameHeads), written with a capital, with only
// spaces between the words from it to i; -1 if none within a name's reach.
func headBefore(s string, ws []wordAt, i int) int {
	for j := i; j >= 0 && i-j < maxNameSpan; j-- {
		if j < i && !spaced(s, ws[j].end, ws[j+1].off) {
			return -1
		}
		if !capitalWord(ws[j].text) || !headAt(ws, j) {
			continue
		}
		if j > 0 && spaced(s, ws[j-1].end, ws[j].off) && cite.Fold(ws[j-1].text) == "tổng" {
			j-- // "Tổng công ty"
		}
		return j
	}
	return -1
}

// headAt reports whether a head of nameHeads starts at word j.
func headAt(ws []wordAt, j int) bool {
	for _, h := range nameHeads {
		if j+len(h) > len(ws) {
			continue
		}
		match := true
		for k, w := range h {
			if cite.Fold(ws[j+k].text) != w {
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

// spacedRun reports whether only spaces part words from to to of s.
func spacedRun(s string, ws []wordAt, from, to int) bool {
	for k := from; k < to; k++ {
		if !spaced(s, ws[k].end, ws[k+1].off) {
			return false
		}
	}
	return true
}
