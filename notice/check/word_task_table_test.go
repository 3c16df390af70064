package check_test

import (
	"slices"
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// taskTableNotice is the lawful Word notice with a task table after its
// first task: rows of cells, a cell's paragraphs parted by "\n".
func taskTableNotice(rows ...[]string) wordNotice {
	var xml []string
	for _, r := range rows {
		var cells []string
		for _, c := range r {
			if c == "" {
				cells = append(cells, dx.Cell())
				continue
			}
			cells = append(cells, dx.TextCell(strings.Split(c, "\n")...))
		}
		xml = append(xml, dx.Row(cells...))
	}
	table := dx.Table(`<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>`, xml...)
	return wordNotice{body: func(i int, s string) string {
		p := dx.P(bodyPPr, dx.R(tnr+sz(28), s))
		if i == 2 {
			p += table
		}
		return p
	}}
}

// taskTableHead is a kết luận's task table's header row; its "Ghi chú"
// left empty, the listing leaves it out of each row.
var taskTableHead = []string{"STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú"}

// tableRuleFindings are n's findings of task-owner and
// assignee-not-recipient.
func tableRuleFindings(t *testing.T, n wordNotice) []string {
	t.Helper()
	var out []string
	for _, f := range n.findings(t) {
		if strings.HasPrefix(f, "task-owner:") || strings.HasPrefix(f, "assignee-not-recipient:") {
			out = append(out, f)
		}
	}
	return out
}

// TestWordTaskTable: a .docx kết luận's task table is read by its
// header's columns, as a text's is: an empty "Đơn vị chủ trì" cell is
// task-owner, an owner cell's body the Nơi nhận does not reach is
// assignee-not-recipient; a partner's body, a group row and a cell's
// later paragraphs are no owners.
func TestWordTaskTable(t *testing.T) {
	n := taskTableNotice(taskTableHead,
		[]string{"1", "Rà soát các khoản thu phí, lệ phí", "", "Phòng Tài chính - Kế hoạch huyện", "Trước ngày 20/3/2023", ""},
		[]string{"2", "Đôn đốc thu tiền sử dụng đất", "Chi cục Thuế khu vực Lý Sơn", "Phòng Tài chính - Kế hoạch huyện", "Trước ngày 25/3/2023", ""},
		[]string{"II", "Lĩnh vực khác", "", "", ""},
		[]string{"3", "Tổng hợp kết quả thu\nbáo cáo quý I năm 2023", "Phòng Tài chính - Kế hoạch huyện", "Ban Quản lý dự án huyện\nĐội Thuế liên xã", "Trước ngày 05/4/2023\n(báo cáo quý)"})
	got := tableRuleFindings(t, n)
	want := []string{
		`task-owner: ô "Đơn vị chủ trì" của nhiệm vụ còn trống: nhiệm vụ không nêu ai thực hiện`,
		`assignee-not-recipient: "Chi cục Thuế khu vực Lý Sơn" được giao nhiệm vụ nhưng không có trong nơi nhận`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWordTaskTableLawful: the same table with every owner named and
// reached, and tables that are no task tables (a schedule, a list of
// attendees), get no finding.
func TestWordTaskTableLawful(t *testing.T) {
	n := taskTableNotice(taskTableHead,
		[]string{"1", "Rà soát các khoản thu phí, lệ phí", "Phòng Tài chính - Kế hoạch huyện", "Chi cục Thuế khu vực Lý Sơn", "Trước ngày 20/3/2023"},
		[]string{"II", "Lĩnh vực khác", "", "", ""},
		[]string{"2", "Tổng hợp kết quả thu\nbáo cáo quý I năm 2023", "Phòng Tài chính - Kế hoạch huyện", "Ban Quản lý dự án huyện\nĐội Thuế liên xã", "Trước ngày 05/4/2023"},
		[]string{"Thời gian", "Nội dung", "Đơn vị thực hiện"},
		[]string{"Tháng 3 năm 2023", "Kiểm tra thu ngân sách", "Chi cục Thuế khu vực Lý Sơn"})
	if got := n.findings(t); len(got) != 0 {
		t.Errorf("a lawful task table got findings:\n%s", strings.Join(got, "\n"))
	}
}
