package plain

import "strings"

// lastSubjectLine reports whether l, a line in small letters closed by a
// stop, is the last line of a trích yếu wrapped over lines, with the rule
// drawn under it next ("các cụm công nghiệp trên địa bàn tỉnh." over
// "_____"): the trích yếu's own stop, said by subject-period, not a
// sentence of the body.
func (r *reader) lastSubjectLine(l line) bool {
	if !startsLower(l.text) || !strings.HasSuffix(strings.TrimSpace(l.text), ".") {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if t := strings.TrimSpace(n.text); t != "" {
			return n.cells == nil && isDecor(t)
		}
	}
	return false
}
