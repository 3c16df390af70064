package check

import (
	"slices"

	"github.com/thongbao/thongbao/notice/docx"
)

// mergedOwners marks the task rows of a Word file whose owner cell is
// empty in the listing because the table merges it down from the row
// above (w:vMerge): one "Đơn vị chủ trì" for two or more tasks, as Word
// tables of a kết luận often give it. The row's owner is the one above,
// already read there; a text table cannot tell the two apart, a Word
// file can.
func mergedOwners(rows []TaskRow, l *docx.Listing) {
	if l == nil {
		return
	}
	for i := range rows {
		r := &rows[i]
		line := r.Task.LineAt(0)
		if r.Owner == nil && line >= 1 && line <= len(l.Lines) && slices.Contains(l.Lines[line-1].Continued, r.ownerCol) {
			r.OwnerAbove = true
		}
	}
}
