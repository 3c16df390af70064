package check

import "sync"
import "strings"

// dueCapital returns, of a group of a name's spellings, the one the
// decree gives when the usual one writes in small letters the word that
// follows the kind of body ("Quỹ hỗ trợ xây dựng chính sách, pháp luật"
// twice beside "Quỹ Hỗ trợ xây dựng chính sách, pháp luật" once): a
// body's name capitalises the first word after its kind, its function or
// field (NĐ 30/2020/NĐ-CP, Phụ lục II, Mục II, khoản 2: "Ban Chỉ đạo",
// "Quỹ Hỗ trợ", "Trung tâm Y tế"). "" when no spelling of the group is
// such, and the most used one stands.
func dueCapital(r *slipReads, usual string) string {
	g := r.g
	ref := r.words(usual)
	for _, s := range g {
		if s.variant == usual {
			continue // most spots: no need to split them
		}
		f := r.words(s.variant)
		if len(f) != len(ref) {
			continue
		}
		at, ok := r.slipAt(s.variant, usual)
		if !ok && !capitalOnly(f, ref, &at) {
			continue
		}
		if at == 0 || at > maxKindWords {
			continue // no kind of body is more words
		}
		kind := strings.ToLower(strings.Join(ref[:at], " "))
		if bodyKinds()[kind] && !dueCapitalCompounds()[kind+" "+strings.ToLower(ref[at])] && titleCase(f[at]) && allLower(ref[at]) && sameNameAs(g, usual, s.variant) {
			return s.variant
		}
	}
	return ""
}

// capitalOnly reports whether f differs from ref by the case of one word
// alone, and where (slipAt takes such a slip only near a name's end).
func capitalOnly(f, ref []string, at *int) bool {
	k := -1
	for i := range f {
		if f[i] == ref[i] {
			continue
		}
		if k >= 0 || !strings.EqualFold(f[i], ref[i]) {
			return false
		}
		k = i
	}
	*at = k
	return k >= 0
}

// sameNameAs reports whether the spots of a spelling and of the one due
// go on alike, two words after each the same: one name written two ways,
// not two names that start alike ("Ban quản lý dự án" beside "Ban Quản
// lý chợ").
func sameNameAs(g []spot, slip, due string) bool {
	ref := firstOf(g, due)
	for _, t := range g {
		if t.variant == slip && !sameAfter(t, ref, 2) {
			return false
		}
		if (t.variant == slip || t.variant == due) && afterCapital(t) {
			return false
		}
	}
	return true
}

// afterCapital reports whether a spot stands in a title or another name
// that starts a word or two before it, with only spaces between:
// "Chánh Thanh tra Sở Chủ trì tiếp công dân", "Giám đốc Sở chủ trì", its
// kind of body ends the title; it does not open a body's name.
func afterCapital(t spot) bool {
	rest := t.seg.Text[:t.off]
	for k := 0; k < 2; k++ {
		trimmed := strings.TrimRight(rest, " ")
		if len(trimmed) == len(rest) || trimmed == "" {
			return false // a mark or the start before it
		}
		from := strings.LastIndexAny(trimmed, " ") + 1
		w := trimmed[from:]
		if titleCase(w) || isAbbrev(w) {
			return true
		}
		if functionWords()[strings.ToLower(w)] || !allLower(w) {
			return false // "của Quỹ ...": prose before the name
		}
		rest = trimmed[:from]
	}
	return false
}

// maxKindWords is the most words a kind of body of bodyKinds is
// (TestBodyKindsWords).
const maxKindWords = 2

// bodyKinds are the kinds of body a name starts with, whose next word,
// the function or field, takes a capital.
var bodyKinds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"quỹ": true, "ban": true, "ủy ban": true, "hội đồng": true, "cục": true, "tổng cục": true, "chi cục": true, "vụ": true, "viện": true, "học viện": true, "sở": true, "văn phòng": true, "trung tâm": true, "trường": true, "phòng": true, "bộ": true}
})

// dueCapitalCompounds are words that start with a kind of body and are no name:
// "Bộ phận một cửa" is not "Bộ Phận ...", "Phòng chống dịch" not a Phòng.
var dueCapitalCompounds = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"bộ phận": true, "phòng chống": true, "phòng ngừa": true, "phòng tránh": true, "phòng học": true, "phòng họp": true, "ban hành": true,
		"ban đầu": true, "sở hữu": true, "vụ việc": true, "trường hợp": true, "trường học": true, "viện dẫn": true, "quỹ đất": true, "quỹ lương": true, "văn phòng phẩm": true}
})
