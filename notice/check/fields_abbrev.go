package check

import (
	"strings"
	"unicode/utf8"
)

// fieldsAbbrev reports whether after, the text right after a comma
// between two capitals, goes on as the last fields of one abbreviation
// joined by "&": "TT&DL" of "Sở VH,TT&DL" (Văn hóa, Thể thao và Du lịch),
// the way offices shorten a name of three fields. The comma is the
// name's own, no list's glued: "HĐND,UBND" has no "&" after it and is
// still said.
func fieldsAbbrev(after string) bool {
	i := upperRun(after)
	if i == 0 || i >= len(after) || after[i] != '&' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[i+1:])
	return isUpperRune(r)
}

// upperRun is the length in bytes of the capitals s opens with.
func upperRun(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isUpperRune(r) {
			break
		}
		i += n
	}
	return i
}

// spacedElsewhere reports whether the text writes the abbreviation's
// first two fields elsewhere with a space after the comma ("Phòng VH,
// TT" over "Trung tâm VH,TT&TT"): the office's own practice then wants
// the space here too. before ends with the field before the comma, after
// opens with the one after it.
func spacedElsewhere(v *View, before, after string) bool {
	j := len(before)
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:j])
		if !isUpperRune(r) {
			break
		}
		j -= n
	}
	spaced := before[j:] + ", " + after[:upperRun(after)]
	for _, s := range v.Texts() {
		if strings.Contains(s.Text, spaced) {
			return true
		}
	}
	return false
}
