package check

import "strings"

// headsContent reports whether the point s, of segs, is a head over a
// paragraph of its own content: it holds no ":" (its label stands whole),
// and the paragraph right after it holds no list marker and opens with a
// field's label and its colon ("6. Tiền mua hồ sơ và tiền đặt trước"
// over "Tiền hồ sơ tham gia đấu giá: 200.000 đồng ..."). Such a head
// leads into what follows, and takes ":" (the lead's call (2) on round
// 69), not the "." of the points around it.
func headsContent(segs []Seg, s *Seg) bool {
	if strings.Contains(s.Text[pointStart(s.Text):], ":") {
		return false
	}
	i := segIndex(segs, s)
	if i < 0 || i+1 >= len(segs) || segs[i+1].Marker != "" {
		return false
	}
	return fieldOpens(segs[i+1].Text)
}

// segIndex is the index of the paragraph s in segs, -1 if it is not one
// of them.
func segIndex(segs []Seg, s *Seg) int {
	for i := range segs {
		if &segs[i] == s {
			return i
		}
	}
	return -1
}

// fieldWords is how many words a field's label before its colon holds at
// most.
const fieldWords = 8

// fieldOpens reports whether t opens with a field's label and its colon
// ("Tiền hồ sơ tham gia đấu giá: ..."): a colon within its first
// fieldWords words, no stop before it.
func fieldOpens(t string) bool {
	for i, w := range strings.Fields(t) {
		if i >= fieldWords || strings.ContainsAny(w, ".;") {
			return false
		}
		if strings.HasSuffix(w, ":") {
			return i > 0
		}
	}
	return false
}
