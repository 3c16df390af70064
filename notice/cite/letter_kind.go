package cite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// letterDeeds are the tên loại that also say what a Công văn does: "công
// văn hướng dẫn số 237/SGD&ĐT-GDMN" cites a Công văn that guides, not a
// Hướng dẫn; "Công văn thông báo số ..." a Công văn that informs.
var letterDeeds = []string{"hướng dẫn", "thông báo", "báo cáo"}

// LetterBefore finds the "công văn" or "Công văn" (and a space) written
// right before the tên loại at s[start:end] when that tên loại is one of
// letterDeeds: where it starts, -1 when there is none. The cited
// document is then the Công văn.
func LetterBefore(s string, start, end int) int {
	if !slices.Contains(letterDeeds, strings.ToLower(s[start:end])) {
		return -1
	}
	h := s[:start]
	if !strings.HasSuffix(h, " ") {
		return -1
	}
	h = h[:len(h)-1]
	for _, w := range []string{"công văn", "Công văn", "CÔNG VĂN"} {
		if !strings.HasSuffix(h, w) {
			continue
		}
		k := len(h) - len(w)
		if r, _ := utf8.DecodeLastRuneInString(h[:k]); k > 0 && unicode.IsLetter(r) {
			return -1
		}
		return k
	}
	return -1
}
