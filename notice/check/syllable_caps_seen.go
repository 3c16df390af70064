package check

import (
	"strings"
	"unicode"
)

// kindWrittenElsewhere reports whether the notice writes, with its marks
// and outside the header line itself, the place kind's words next to the
// word before or after it there: "Thanh tra tỉnh" for "THANH TRA TINH",
// "tỉnh Gia Lai" for "UBND TINH GIA LAI". "TINH" and "XA" are words of
// their own ("TINH GỌN BỘ MÁY", "TRUNG TÂM ĐÀO TẠO TỪ XA", "THỦY TINH"),
// and a body's own name may be typed without marks ("PHUONG NAM"): only
// a kind the notice names so elsewhere is read as the slip.
func kindWrittenElsewhere(v *View, line *Seg, words []string, j int, kind string) bool {
	k := strings.ToLower(kind)
	var prev, next string
	if j > 0 {
		prev = strings.ToLower(strings.TrimFunc(words[j-1], notLetter))
	}
	if j+1 < len(words) {
		next = strings.ToLower(strings.TrimFunc(words[j+1], notLetter))
	}
	for _, seg := range v.allSegs() {
		if seg.Text == line.Text {
			continue
		}
		ws := v.index(seg.Text).words
		for i := 1; i < len(ws); i++ {
			a, b := strings.ToLower(ws[i-1].text), strings.ToLower(ws[i].text)
			if prev != "" && a == prev && b == k || next != "" && a == k && b == next {
				return true
			}
		}
	}
	return false
}

// notLetter reports whether r is no letter: the marks around a word.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// bareSoHead reports whether a header line opens with "SO" where the
// notice writes "Sở" before the same next word elsewhere: a Sở's name
// typed without its marks (capsBare says the slip), so the issuer's line,
// not its parent's; one slip, one finding.
func bareSoHead(v *View, s *Seg) bool {
	words := strings.Fields(s.Text)
	return len(words) > 1 && words[0] == "SO" && kindWrittenElsewhere(v, s, words, 0, headerPlaceKinds()["SO"])
}
