package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// placeGeneric are the words of a unit's kind that may stand before the
// name of the place, in either case: "Thành phố Hồ Chí Minh", "thị trấn
// Cần Giuộc".
var placeGeneric = []string{"thành phố", "thị xã", "thị trấn", "huyện", "quận", "xã", "phường", "tỉnh"}

// placeLineCase reports an địa danh of the date line with a syllable in
// a small letter ("Đà nẵng"): the name of a place capitalises each of
// its syllables (NĐ 30, Phụ lục I, Mục II, khoản 4, điểm c). The word
// of the unit's kind before the name is left as written.
func placeLineCase(p *Pass, s *Seg) {
	comma := strings.Index(s.Text, ",")
	if comma < 0 {
		return
	}
	head := s.Text[:comma]
	ws := wordsWithOffsets(head)
	i := 0
	for _, g := range placeGeneric {
		gw := strings.Fields(g)
		if len(ws) == len(gw) && strings.EqualFold(strings.Join(strings.Fields(head), " "), g) {
			placeBareGeneric(p, s, ws[0].off, strings.TrimSpace(head))
			return
		}
		if len(ws) > len(gw) && strings.EqualFold(joinWords(ws[:len(gw)]), g) {
			i = len(gw)
			break
		}
	}
	if i >= len(ws) || !startsUpper(ws[i].text) {
		return // no name, or one the reading did not take for a place
	}
	if splitName(ws[i:]) {
		return // "Qu ả ng Ngãi": letters parted by spaces, the syllable rule's
	}
	for _, w := range ws[i+1:] {
		if startsUpper(w.text) || !isLetter(firstRune(w.text)) {
			continue
		}
		name := strings.TrimSpace(head[ws[i].off:])
		fixed := capitalizeWords(name)
		p.Report(s, w.off, diag.Msg("địa danh %q viết hoa chữ cái đầu của mỗi âm tiết: %q", "the place %q capitalises each of its syllables: %q", name, fixed),
			diag.Msg("viết %q", "write %q", fixed))
		return
	}
}

// placeBareGeneric reports an địa danh that is only the word of a unit's
// kind ("Thị trấn, ngày 27 tháng 9 năm 2019"): the place is the official
// name of the unit where the issuer sits (NĐ 30, Phụ lục I, Mục II,
// khoản 4, điểm a), which the common noun does not say. The name itself
// only the office knows.
func placeBareGeneric(p *Pass, s *Seg, off int, generic string) {
	p.Report(s, off, diag.Msg("địa danh chỉ ghi %q, danh từ chung chỉ loại đơn vị hành chính, không có tên của đơn vị",
		"the place says only %q, the common noun of a unit's kind, with no unit's name", generic),
		diag.Msg("ghi tên gọi chính thức của đơn vị hành chính nơi cơ quan đóng trụ sở thay cho %q", "write the official name of the unit where the office sits for %q", generic))
}

// splitName reports whether a place's name has a word of letters with no
// vowel ("ng" of "Qu ả ng Ngãi"): no syllable, a piece of one that a
// converter parted by spaces, whose capitals no fix of case can say.
func splitName(ws []wordAt) bool {
	for _, w := range ws {
		vowel := false
		for k := range w.text {
			if vowelStart(w.text[k:]) {
				vowel = true
				break
			}
		}
		if !vowel && strings.IndexFunc(w.text, func(r rune) bool { return !isLetter(r) }) < 0 {
			return true
		}
	}
	return false
}

// joinWords joins words with one space.
func joinWords(ws []wordAt) string {
	parts := make([]string, len(ws))
	for k, w := range ws {
		parts[k] = w.text
	}
	return strings.Join(parts, " ")
}

// capitalizeWords writes each word of s with its capital.
func capitalizeWords(s string) string {
	f := strings.Fields(s)
	for k, w := range f {
		f[k] = capitalize(w)
	}
	return strings.Join(f, " ")
}
