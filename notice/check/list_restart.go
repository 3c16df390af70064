package check

import "strings"

// restartsList reports whether segs[i], a point numbered "1.", starts a
// list of its own rather than repeating the number of the point before:
// a paragraph of prose, no point of a list, stands right before it, and either the
// earlier list held only its point 1 (a web page writes each list with
// its own numbers, so the points after a paragraph start again at "1.")
// or the paragraph right before announces the new list ("Hồ sơ gồm:").
// A "1." right under another point or a sub-point of its own ("a)",
// "-") is still a repeated number.
func restartsList(q *sequence, segs []Seg, i int) bool {
	if i == 0 || strings.TrimSpace(segs[i].Marker) != "1." || q.arabic < 1 {
		return false
	}
	prev := &segs[i-1]
	if strings.TrimSpace(prev.Marker) != "" {
		return false // right under a point or a sub-point ("d)", "-")
	}
	return q.arabic == 1 || strings.HasSuffix(strings.TrimSpace(prev.Text), ":")
}
