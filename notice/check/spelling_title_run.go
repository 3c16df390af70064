package check

import (
	"sort"
	"strings"
)

// titleRunSlip reads a name written with a capital on each of its words
// where the notice writes them small elsewhere ("Hội Sinh Vật Cảnh tỉnh"
// beside "Hội Sinh vật cảnh tỉnh", "Trung tâm Đổi Mới Sáng Tạo thông báo"
// beside "Trung tâm Đổi mới sáng tạo thông báo"): two words or more side
// by side from at, each capitalised in f and in small letters in ref, and
// nothing else apart. As a capital slip of one word (slipAt) the run
// stands inside the name's window: neither its first word (a kind, "các
// Sở") nor its last, one shared word after it; it answers at, the
// run's first word.
func titleRunSlip(f, ref []string, at int) (int, bool) {
	if at == 0 || at > len(f)-3 {
		return 0, false
	}
	end := at
	for end < len(f) && f[end] != ref[end] {
		a, b := f[end], ref[end]
		if !strings.EqualFold(a, b) || !titleCase(a) || !allLower(b) {
			return 0, false
		}
		end++
	}
	if end-at < 2 || end != len(f)-1 {
		return 0, false
	}
	return at, !lawfulCapital(f, at)
}

// smallRunOnTie returns the spelling of a group written as often as
// usual, which is usual only for coming first, that writes in small
// letters the run of words usual capitalises (titleRunSlip): "Hội Sinh
// vật cảnh tỉnh" once beside "Hội Sinh Vật Cảnh tỉnh" once. The slip is
// then read at the run of capitals, the clerk still asked which is
// meant (a tie); "" when there is no such spelling.
func smallRunOnTie(r *slipReads, usual string) string {
	ref := r.words(usual)
	n := r.count(usual)
	for _, s := range r.g {
		if s.variant == usual {
			continue
		}
		f := r.words(s.variant)
		if len(f) != len(ref) || r.count(s.variant) != n {
			continue
		}
		at := 0
		for at < len(f) && f[at] == ref[at] {
			at++
		}
		if _, ok := titleRunSlip(ref, f, at); ok && !smallWrong(r, s.variant) {
			return s.variant
		}
	}
	return ""
}

// smallWrong reports whether a spot of the spelling in small letters
// stands in an official name written with wrong capitals ("Bộ trưởng bộ
// Giáo dục và Đào tạo" beside "Bộ Trưởng Bộ Giáo dục và Đào tạo"): each
// spelling then has a slip of its own, which official-name and
// special-noun say, and neither is the one to keep.
func smallWrong(r *slipReads, small string) bool {
	for _, t := range r.g {
		if t.variant != small {
			continue
		}
		for _, m := range officialMatches(r.v) {
			if m.seg == t.seg && m.wrongAt >= 0 && m.from < t.end && t.off < m.to {
				return true
			}
		}
	}
	return false
}

// usualFirst puts the spots of the usual spelling before the slip's, as
// minority reads a tie: the first spelling is the usual one.
func usualFirst(pair []spot, usual string) {
	sort.SliceStable(pair, func(i, j int) bool { return pair[i].variant == usual && pair[j].variant != usual })
}
