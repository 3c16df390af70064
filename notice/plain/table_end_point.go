package plain

import "github.com/thongbao/thongbao/notice/cite"

// pointAfterTable reports whether a line after a table's rows is the
// body's next point, not a cell's wrapped end: one text that opens with a
// point's marker ("2. Thời gian, địa điểm"), indented past the margin as
// a paragraph's first line is, where no column of the row above starts.
// A cell's wrapped end stands under its column. A paragraph's first
// line begins within the table's first column: a line that stands right
// of the second column's start is a cell's, centred or indented in it.
func pointAfterTable(l pline, above pline, margin int) bool {
	if gapRow(l) || l.ind <= margin+1 || !cite.HasMarker(l.text()) {
		return false
	}
	if len(above.spans) > 1 && l.ind >= above.spans[1].ca {
		return false
	}
	for _, s := range above.spans {
		if s.ca == l.ind {
			return false
		}
	}
	return true
}
