package check

import "github.com/thongbao/thongbao/notice/diag"

// tableTaskOwners says each row of a task table whose owner cell is empty
// (or holds only a dash or dots) while its task cell is not, naming the
// header's owner column: "ô Đơn vị chủ trì còn trống". It returns the
// lines of the rows, whose tasks as the body reads them are not said
// again.
func tableTaskOwners(p *Pass) map[int]bool {
	rows := p.View.TaskRows
	if len(rows) == 0 {
		return nil
	}
	lines := make(map[int]bool, len(rows))
	for i := range rows {
		r := &rows[i]
		lines[r.Task.LineAt(0)] = true
		if r.Owner == nil && !r.OwnerAbove {
			p.Report(&r.Task, 0, diag.Msg("ô %q của nhiệm vụ còn trống: nhiệm vụ không nêu ai thực hiện", "the %q cell of the task is empty: no one is named to do it", r.OwnerHead))
		}
	}
	return lines
}
