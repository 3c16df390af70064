package check

import (
	"strings"
	"unicode/utf8"
)

// titleTypeNames are lowerTypeNames with each word's capital ("Kế
// Hoạch", "Quyết Định"): a cited document's tên loại written as a name
// in title case, where the decree capitalises its first letter alone
// (Phụ lục II: "Kế hoạch số 215/KH-UBND").
var titleTypeNames = func() []string {
	out := make([]string, len(lowerTypeNames))
	for i, t := range lowerTypeNames {
		words := strings.Fields(t)
		for k, w := range words {
			r, n := utf8.DecodeRuneInString(w)
			words[k] = strings.ToUpper(string(r)) + w[n:]
		}
		out[i] = strings.Join(words, " ")
	}
	return out
}()

// titleTypes finds a tên loại of titleTypeNames before "số", its number
// and a mark ("Kế Hoạch số 215/KH-QLTT"): the spans of the tên loại.
func titleTypes(s string) [][2]int {
	var out [][2]int
	eachSpacedSo(s, func(j, after int) int { // citation_type_case.go
		if numberAndMark(s, after) < 0 {
			return after
		}
		for _, t := range titleTypeNames {
			if !strings.HasSuffix(s[:j], t) {
				continue
			}
			k := j - len(t)
			if r, _ := utf8.DecodeLastRuneInString(s[:k]); k == 0 || !isLetter(r) {
				out = append(out, [2]int{k, j})
			}
			break
		}
		return after
	})
	return out
}
