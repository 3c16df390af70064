package plain

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A recipient of Nơi nhận whose name holds a dash between spaces
// ("- Ủy ban MTTQVN và các đoàn thể chính trị - xã hội huyện;") wraps in
// the end block's narrow cell where the dash and its word no longer fit:
// the dash goes down and opens the next line ("- xã hội huyện;"), which
// then looks like a recipient of its own. It is a piece of the one above
// when that line ends with no mark, stopped at the cell's right edge as
// the other lines of the cell show it (the dash and a space would not
// have fitted after it), and the dash is followed by a word in small
// letters (the letters counted as shown, one for a letter typed with
// combining marks). A recipient typed in small letters ("- các xã, thị trấn;")
// under one that lost its ";" stays apart unless that one ran to the
// cell's edge.

// recipientDashWrap reports whether line i of Nơi nhận, under line p
// with no blank line between, is the rest of p's recipient, wrapped at
// a dash: raws[i] opens with "- " and a word in small letters, p ends
// with no mark and stands at the cell's edge (recipientEdge).
func recipientDashWrap(raws []rawLine, p, i int) bool {
	t, prev := strings.TrimSpace(raws[i].s), strings.TrimSpace(raws[p].s)
	rest, ok := strings.CutPrefix(t, "- ")
	if !ok || !startsLower(rest) || prev == "" || finished(prev) || strings.HasSuffix(prev, ",") || endLabel(prev) || isUpper(prev) {
		return false
	}
	return recipientEdge(raws, p)
}

// recipientEdge reports whether raws[p], a line of Nơi nhận, stopped at
// the cell's right edge: the longest of the cell's other lines (from the
// label down, none in capitals: the signer's) is within a little of its
// length, and " -" after it would have passed that width.
func recipientEdge(raws []rawLine, p int) bool {
	width, listed := 0, false
	for k, r := range raws {
		t := strings.TrimSpace(r.s)
		if endLabel(t) {
			listed = true
			continue
		}
		if !listed || k == p || t == "" || isUpper(t) {
			continue
		}
		width = max(width, shownLen(t))
	}
	n, slack := shownLen(strings.TrimSpace(raws[p].s)), max(2, width/16)
	return width > 0 && n+2 > width && n >= width-slack && n <= width+slack
}

// shownLen is the characters t shows: a letter typed with combining
// marks (not NFC) is one.
func shownLen(t string) int {
	return utf8.RuneCountInString(norm.NFC.String(t))
}
