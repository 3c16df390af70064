package check_test

import (
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// mergedOwnerNotice is the lawful Word notice whose task table names one
// owner for two tasks in a cell merged down their rows (w:vMerge), as
// Word tables of a kết luận often do.
func mergedOwnerNotice() wordNotice {
	merged := func(vMerge string, texts ...string) string {
		c := dx.Cell()
		if len(texts) > 0 {
			c = dx.TextCell(texts...)
		}
		return "<w:tc><w:tcPr>" + vMerge + "</w:tcPr>" + c[len("<w:tc>"):]
	}
	cells := func(texts ...string) []string {
		var out []string
		for _, t := range texts {
			out = append(out, dx.TextCell(t))
		}
		return out
	}
	head := dx.Row(cells(taskTableHead...)...)
	first := append(cells("1", "Rà soát các khoản thu phí, lệ phí"), merged(`<w:vMerge w:val="restart"/>`, "Phòng Tài chính - Kế hoạch huyện"))
	first = append(first, cells("Chi cục Thuế khu vực Lý Sơn", "Trước ngày 20/3/2023", "-")...)
	second := append(cells("2", "Tổng hợp kết quả thu ngân sách quý I"), merged(`<w:vMerge/>`))
	second = append(second, cells("Chi cục Thuế khu vực Lý Sơn", "Trước ngày 05/4/2023", "-")...)
	table := dx.Table(`<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>`, head, dx.Row(first...), dx.Row(second...))
	return wordNotice{body: func(i int, s string) string {
		p := dx.P(bodyPPr, dx.R(tnr+sz(28), s))
		if i == 2 {
			p += table
		}
		return p
	}}
}

// TestWordTaskTableMergedOwner: a row whose owner cell continues the one
// merged down from the row above has that owner; task-owner does not
// say its cell is empty.
func TestWordTaskTableMergedOwner(t *testing.T) {
	if got := tableRuleFindings(t, mergedOwnerNotice()); len(got) != 0 {
		t.Errorf("a task table with an owner merged down two rows got findings:\n%s", strings.Join(got, "\n"))
	}
}
