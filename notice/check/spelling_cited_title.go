package check

import (
	"strings"
	"sync"
)

// citedTitleLowered reports whether the slip s of a name, a capital of
// the usual spelling written small, lies in the trích yếu of a cited
// document: "Nghị định số 34/2018/NĐ-CP ... của Chính phủ về việc thành
// lập, tổ chức và hoạt động của Quỹ bảo lãnh tín dụng cho doanh nghiệp
// nhỏ và vừa" beside the issuer's own "Quỹ Bảo lãnh tín dụng cho doanh
// nghiệp nhỏ và vừa tỉnh Bắc Ninh" (p103). The title names the kind of
// body in small letters, as its issuer wrote it, and the usual spelling
// one body of that kind, placed ("tỉnh Bắc Ninh") where the title's is
// not. A slip of the same name in a title is still read: "Luật đất đai"
// beside "Luật Đất đai", "kỳ họp thứ Hai HĐND huyện khóa XX" beside "Kỳ
// họp ...", "Hội đồng thẩm định" (the corpus's, labelled right).
func citedTitleLowered(v *View, s, usual spot) bool {
	if !lowerSlip(wordAtOff(s.seg.Text, s.diffOff), wordAtOff(usual.seg.Text, usual.diffOff)) {
		return false
	}
	if !placedAfter(usual.seg.Text[usual.end:]) || placedAfter(s.seg.Text[s.end:]) {
		return false
	}
	for _, c := range citations(v) {
		if c.Subject == "" || c.seg != s.seg && c.seg.Text != s.seg.Text {
			continue
		}
		i := strings.Index(s.seg.Text[c.End:], c.Subject)
		if i < 0 {
			continue
		}
		start := c.End + i
		if s.diffOff >= start && s.diffOff < start+len(c.Subject) {
			return true
		}
	}
	return false
}

// wordAtOff is the word of s that starts at off, up to a space or a mark.
func wordAtOff(s string, off int) string {
	if off < 0 || off >= len(s) {
		return ""
	}
	t := s[off:]
	if i := strings.IndexAny(t, " ,;:.()\u00a0"); i >= 0 {
		t = t[:i]
	}
	return t
}

// placedAfter reports whether rest, the text after a name's first words,
// goes on within the same clause with its place: a unit word of
// titlePlaceUnits then a capital ("... nhỏ và vừa tỉnh Bắc Ninh").
func placedAfter(rest string) bool {
	if i := strings.IndexAny(rest, ",;:.()"); i >= 0 {
		rest = rest[:i]
	}
	f := strings.Fields(rest)
	for i := 0; i+1 < len(f) && i < 12; i++ {
		unit := titlePlaceUnits()[f[i]]
		if f[i] == "thành" && f[i+1] == "phố" && i+2 < len(f) {
			unit, i = true, i+1
		}
		if unit && titleCase(f[i+1]) {
			return true
		}
	}
	return false
}

// titlePlaceUnits are the words of a unit that open a body's place.
var titlePlaceUnits = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"tỉnh": true, "xã": true, "phường": true, "huyện": true, "quận": true}
})
