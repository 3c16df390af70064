package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// cellSpaces reports two spaces typed between two words of a table's
// cell ("Trần Thị  Hoa"): the reading has cut the cell from its
// neighbours at the table's marks, so the cell's own text is typed as
// prose is. A cell holding a run of three spaces or more, or a tab, is
// laid out with spaces (a merged cell, columns inside a cell), and its
// gaps are left; so is a table of a text laid out in columns.
func cellSpaces(p *Pass, seg *Seg) {
	t := seg.Text
	if p.View.Columns || containsLit(t, "   ") || strings.IndexByte(t, '\t') >= 0 {
		return
	}
	if at := doubleSpace(t); at >= 0 {
		p.Report(seg, at, diag.Msg("hai dấu cách liền nhau sau %q", "two spaces in a row after %q", before(t, at)))
	}
}
