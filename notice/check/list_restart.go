package check

import (
	"strings"
	"unicode/utf8"
)

// restartsList reports whether segs[i], a point numbered "1.", starts a
// list of its own rather than repeating the number of the point before:
// a paragraph of prose, no point of a list, stands right before it, and either the
// earlier list held only its point 1 (a web page writes each list with
// its own numbers, so the points after a paragraph start again at "1.")
// or the paragraph right before announces the new list ("Hồ sơ gồm:"),
// or the list was left for prose after sub-points of its last point
// ("2. ... như sau:", "- ...", "- ...", then a paragraph: a page's list
// starting its count again after the content between). A "1." right
// under another point or a sub-point of its own ("a)", "-"), or one
// paragraph after a list's point, is still a repeated number.
func restartsList(q *sequence, segs []Seg, i int) bool {
	if i == 0 || strings.TrimSpace(segs[i].Marker) != "1." || q.arabic < 1 {
		return false
	}
	prev := &segs[i-1]
	if strings.TrimSpace(prev.Marker) != "" {
		return false // right under a point or a sub-point ("d)", "-")
	}
	return q.arabic == 1 || strings.HasSuffix(strings.TrimSpace(prev.Text), ":") || proseAfterSubpoints(segs, i-1)
}

// proseAfterSubpoints reports whether segs[j] and the paragraphs of
// prose right above it follow sub-points ("-", "+", "a)") of a list's
// point: the list was left for prose after them.
func proseAfterSubpoints(segs []Seg, j int) bool {
	for j >= 0 && strings.TrimSpace(segs[j].Marker) == "" {
		j--
	}
	if j < 0 {
		return false
	}
	m := strings.TrimSpace(segs[j].Marker)
	r, _ := utf8.DecodeRuneInString(m)
	return m == "-" || m == "+" || strings.HasSuffix(m, ")") && isLetter(r)
}
