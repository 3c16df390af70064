package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
)

// The place of the date line is the name of the province, or of the unit
// under it, where the issuer sits (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục II,
// khoản 4), and the header writes that name after its level ("UBND TỈNH
// LÀO CAI", "ỦY BAN NHÂN DÂN / XÃ HẢI LĂNG"). A date line whose place has
// the letters of one of the header's names with other marks ("Lào Cải,
// ngày ...", "Quảng Tri, ngày ...") while no name of the header is written
// as it is, is the place mistyped: no place sits in a header beside
// another of its letters. placeMinority asks the name written right
// twice in the body; a place typed once, in the date line, is this
// reading's.

// headerLevelWords end a level's word before a unit's name in the header:
// "TỈNH", "HUYỆN", "XÃ" and "THỊ XÃ", "THỊ TRẤN", "THÀNH PHỐ", "ĐẶC KHU".
// Folded.
var headerLevelWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "huyện": true, "quận": true, "xã": true, "phường": true, "trấn": true, "phố": true, "khu": true}
})

// datePlaceMarks reports the date line's place one or more marks off a
// unit's name the header writes, as name-spelling's other readings do.
func datePlaceMarks(v *View, report func(s, usual spot, n int)) {
	d := v.DateSeg
	if d == nil {
		return
	}
	comma := strings.IndexByte(d.Text, ',')
	if comma <= 0 {
		return
	}
	place := wordsWithOffsets(d.Text[:comma])
	if len(place) == 0 || len(place) > 4 || strings.TrimSpace(d.Text[:comma]) != d.Text[place[0].off:place[len(place)-1].end] {
		return // words only: "Lào Cai", not "TP. Hồ Chí Minh"
	}
	for _, w := range place {
		if !startsUpper(w.text) {
			return
		}
	}
	var slip *spot
	var usual spot
	for hi := range v.Header {
		h := &v.Header[hi]
		ws := wordsWithOffsets(h.Text)
		for k := 1; k+len(place) <= len(ws); k++ {
			last := k + len(place) - 1
			if !headerLevelWords()[cite.Fold(ws[k-1].text)] || last+1 < len(ws) && strings.TrimSpace(h.Text[ws[last].end:ws[last+1].off]) == "" {
				continue // no level before, or the header's name goes on: "XÃ HẢI LĂNG TÂY"
			}
			same, diff := true, -1
			for j := range place {
				a, b := place[j].text, ws[k+j].text
				if !strings.EqualFold(stripMarks(a), stripMarks(b)) {
					same, diff = false, -2
					break
				}
				if cite.Fold(a) != cite.Fold(b) {
					same = false
					if diff < 0 {
						diff = place[j].off
					}
				}
			}
			switch {
			case same:
				return // the place as the header writes it
			case diff >= 0 && slip == nil:
				form := d.Text[place[0].off:place[len(place)-1].end]
				right := capitalizeWords(strings.ToLower(h.Text[ws[k].off:ws[last].end]))
				slip = &spot{seg: d, off: place[0].off, end: place[len(place)-1].end, form: form, variant: cite.Fold(form), diffOff: diff, lawful: right}
				usual = spot{seg: h, off: ws[k].off, end: ws[last].end, form: right, variant: cite.Fold(right)}
			}
		}
	}
	if slip != nil {
		report(*slip, usual, 1)
	}
}
