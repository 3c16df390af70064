package plain

import "golang.org/x/text/unicode/norm"

// A joint notice's end block laid out in three columns, Nơi nhận at the
// left and the signatures side by side beside it, prints as a page whose
// label line holds the label and the authorities apart ("Nơi nhận:
// KT. GIÁM ĐỐC SỞ XÂY DỰNG     KT. GIÁM ĐỐC SỞ TÀI CHÍNH"). One river
// cannot part three columns: each line's texts are put in the column of
// the label line's text whose middle is nearest theirs, so that the
// reader gets rows of three cells as a Word table's (end_pair_beside.go).

// besideColumns reads the end block ls so when its first line with text
// is the label and two or more authorities apart; ok is false otherwise.
func besideColumns(ls []pline) (out []line, ok bool) {
	first := -1
	for i, l := range ls {
		if !l.blank {
			first = i
			break
		}
	}
	if first < 0 {
		return nil, false
	}
	head := gapGroups(ls[first])
	if len(head) < 3 || !labelKey().MatchString(groupText(ls[first], head[0])) {
		return nil, false
	}
	for _, g := range head[1:] {
		if !pairAuthority(groupText(ls[first], g)) {
			return nil, false
		}
	}
	mids := make([]int, len(head))
	for k, g := range head {
		mids[k] = middle(g)
	}
	for _, l := range ls {
		out = append(out, besideRow(l, mids))
	}
	return out, true
}

// besideRow puts the texts of line l in the columns whose middles are
// mids, an empty cell for a column with none before the last that has
// one.
func besideRow(l pline, mids []int) line {
	if l.blank {
		return line{num: l.num}
	}
	byCol := make([][]cols, len(mids))
	last := 0
	for _, g := range gapGroups(l) {
		k := nearest(mids, middle(g))
		byCol[k] = append(byCol[k], g...)
		last = max(last, k)
	}
	row := line{num: l.num}
	for k := 0; k <= last; k++ {
		c := Right
		if k == 0 {
			c = Left
		}
		if len(byCol[k]) == 0 {
			row.cells = append(row.cells, line{num: l.num, col: c})
			continue
		}
		row.cells = append(row.cells, cell(l, byCol[k], c))
	}
	return row
}

// gapGroups parts the texts of a line where three spaces or more stand
// between them, as gapCells does.
func gapGroups(l pline) [][]cols { return groupsApart(l.spans, 3) }

// groupsApart groups a line's texts (spansOf), a new group where gap
// columns or more stand between two.
func groupsApart(spans []cols, gap int) [][]cols {
	var out [][]cols
	for i, s := range spans {
		if i == 0 || s.ca-spans[i-1].cb >= gap {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

func groupText(l pline, g []cols) string {
	return norm.NFC.String(l.s[g[0].a:g[len(g)-1].b])
}

func middle(g []cols) int { return (g[0].ca + g[len(g)-1].cb) / 2 }

// nearest is the index of the middle in mids nearest to m.
func nearest(mids []int, m int) int {
	best := 0
	for k, x := range mids {
		if abs(x-m) < abs(mids[best]-m) {
			best = k
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
