package check

import "strings"

// firstLetterStop is the marker of a list's first point lettered with a
// stop where the points after it take the decree's bracket ("a. ..."
// then "b) ..."): list-mark says the slipped mark (styledMarks), so it
// holds a)'s place and "b)" after it is in order. "" for any other text,
// and when a letter is open already (letterStop reads those) or the next
// marked point is no "b)".
func (q *sequence) firstLetterStop(segs []Seg, i int) string {
	if q.letter != 0 || segs[i].Role == RoleCell {
		return ""
	}
	m := dotLetters.re().FindStringSubmatch(strings.TrimSpace(segs[i].Text))
	if m == nil || dotLetters.index(m) != 1 {
		return ""
	}
	for _, s := range segs[i+1:] {
		switch s.Marker {
		case "", "-", "+":
			continue
		case "b)":
			return "a)"
		}
		return ""
	}
	return ""
}
