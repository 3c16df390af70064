package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// titleOnlyTypeNames are the names of cited documents asked only in
// title case, not in small letters: "văn bản số 2318/SNV-TCBC" is how
// many offices cite an official letter, but "Văn Bản số" is no form
// (x101's probes).
var titleOnlyTypeNames = []string{"văn bản", "biên bản", "kết luận", "chương trình", "quy chế", "hợp đồng"}

// titleTypeNames are lowerTypeNames and titleOnlyTypeNames with each
// word's capital ("Kế Hoạch", "Quyết Định", "Văn Bản"): a cited
// document's tên loại written as a name in title case, where the decree
// capitalises its first letter alone (Phụ lục II: "Kế hoạch số
// 215/KH-UBND").
var titleTypeNames = func() []string {
	names := append(slices.Clone(lowerTypeNames), titleOnlyTypeNames...)
	out := make([]string, len(names))
	for i, t := range names {
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
