package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// issuerBeforeMark cuts a cited document's issuer at a footnote's mark,
// which a Word file exports glued to the word it stands on: "của Văn
// phòng Ủy ban nhân dân tỉnh1 cơ bản được thực hiện" over a footnote "1
// Thông báo số ...". The mark closes the name, so the issuer is "Văn
// phòng Ủy ban nhân dân tỉnh"; the words after it are the sentence's.
// Figures glued to a word are a mark only when a paragraph of the text
// opens with that number (footnoteNumber): "Đội 2" and "Đội2" name a body.
func issuerBeforeMark(issuer string, segs []*Seg) string {
	for i := 0; i < len(issuer); {
		r, w := utf8.DecodeRuneInString(issuer[i:])
		if !unicode.IsLetter(r) {
			i += w
			continue
		}
		end := i + w
		for end < len(issuer) && isDigit(issuer[end]) {
			end++
		}
		if end > i+w && (end == len(issuer) || issuer[end] == ' ') && footnoteNumber(segs, issuer[i+w:end]) {
			return strings.TrimSpace(issuer[:i+w])
		}
		i = end
	}
	return issuer
}
