package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// TaskRow is a row of a task table (a kết luận's "STT | Nội dung nhiệm vụ |
// Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành", in the body or
// in a Phụ lục phân công nhiệm vụ), read by its header's columns as a
// reviewer reads it.
type TaskRow struct {
	Task Seg // the task cell
	// Owner is the owner column's cell; nil when the cell is empty or
	// holds only a dash or dots.
	Owner *Seg
	// OwnerHead is the owner column's header as written ("Đơn vị chủ
	// trì").
	OwnerHead string
	// Deadline is the deadline column's cell, "" when the table has none
	// or the cell is empty.
	Deadline string
	// Partner is the cooperating column's cell ("Đơn vị phối hợp"), ""
	// when none: its bodies help, they are no owners.
	Partner string
	// OwnerAbove: the owner cell is empty in the text because a Word
	// table merges it down from the row above, whose owner is this
	// row's too (word_task_merged.go).
	OwnerAbove bool
	ownerCol   int // the owner column's cell, counted from 0
}

// taskColumns are the columns of a task table's header: the index of
// each, -1 when the header has none.
type taskColumns struct {
	n                              int // the header's cells
	task, owner, partner, deadline int
	number                         int // "STT"
	ownerHead                      string
}

// taskHeader reads a row's cells as a task table's header: a column of
// the task ("Nội dung", "Nhiệm vụ", "Công việc"), one of its owner
// ("Đơn vị chủ trì", "Cơ quan chủ trì", "Đơn vị thực hiện"), and one of
// its deadline ("Thời hạn", "Thời gian hoàn thành") or of who cooperates
// ("Đơn vị phối hợp"). A schedule's "Thời gian | Nội dung | Đơn vị thực
// hiện" and a list of attendees ("Họ và tên | Chức vụ | Đơn vị") are no
// task tables, nor a schedule with a column of who helps prepare
// (scheduleHeader), nor a table of the results of tasks given before
// (reportHeader).
func taskHeader(cells []rowCell) (taskColumns, bool) {
	c := taskColumns{n: len(cells), task: -1, owner: -1, partner: -1, deadline: -1, number: -1}
	if len(cells) < 3 {
		return c, false // a header's or a signature's two cells: no folding
	}
	for i, cell := range cells {
		k := cite.Fold(cell.text)
		switch {
		case k == "stt" || k == "tt" || k == "số tt":
			c.number = i
		case c.task < 0 && hasPrefixAny(k, "nội dung", "nhiệm vụ", "công việc", "tên nhiệm vụ", "tên công việc"):
			c.task = i
		case strings.Contains(k, "phối hợp"):
			c.partner = i
		case c.owner < 0 && ownerHead(k):
			c.owner, c.ownerHead = i, cell.text
		case c.deadline < 0 && (strings.HasPrefix(k, "thời hạn") || strings.Contains(k, "hoàn thành")):
			c.deadline = i
		}
	}
	return c, c.task >= 0 && c.owner >= 0 && (c.deadline >= 0 || c.partner >= 0) &&
		!scheduleHeader(cells, c.task) && !reportHeader(cells) // task_table_schedule.go, task_table_report.go
}

// ownerHead reports whether a header cell, folded, names the column of
// who does the task.
func ownerHead(k string) bool {
	return strings.Contains(k, "chủ trì") || hasPrefixAny(k, "đơn vị thực hiện", "cơ quan thực hiện", "bộ phận thực hiện",
		"đơn vị được giao", "cơ quan được giao", "đơn vị phụ trách", "cơ quan phụ trách", "đơn vị/cá nhân thực hiện")
}

func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// taskRows reads the task tables of a text (path names it in positions):
// after a header taskHeader reads, each line with the header's number of
// cells is a row. A line of one text and no cells (a group row merged
// across, "I. Lĩnh vực kinh tế"), a Markdown table's rule, a blank line
// and a line with another number of cells (a cell's later paragraph)
// are passed over; any other line ends the table.
func taskRows(path, text string) []TaskRow {
	if !strings.Contains(text, "\t") && !strings.Contains(text, "|") {
		return nil
	}
	var out []TaskRow
	var cols *taskColumns
	i := -1
	for line := range strings.Lines(text) {
		i++
		line = strings.TrimSuffix(line, "\n")
		cells := lineCells(line)
		if c, ok := taskHeader(cells); ok {
			cols = &c
			continue
		}
		if cols == nil {
			continue
		}
		if cols.padded(cells) {
			cells = append(cells, make([]rowCell, cols.n-len(cells))...)
		}
		switch {
		case len(cells) == cols.n:
			if r, ok := cols.row(path, i+1, line, cells); ok {
				out = append(out, r)
			}
		case cells == nil && !groupRow(line) && !mdRule(line):
			cols = nil
		}
	}
	return out
}

// padded reports whether a row's last cells were left out, as a Word
// file's listing leaves out the empty cells at a row's end (an empty "Ghi
// chú"): fewer cells than the header, the number's and the task's among
// them, under a header with a number column whose cell holds a figure (a
// line with no number is then no row, nor one of another table's).
func (c taskColumns) padded(cells []rowCell) bool {
	return c.number >= 0 && len(cells) > max(c.number, c.task) && len(cells) < c.n && figureCell(cells[c.number].text)
}

// figureCell reports whether a number column's cell is a row's figure:
// "1", "12.".
func figureCell(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return t != "" && strings.Trim(t, "0123456789") == ""
}

// groupRow reports whether a line of no cells stands in a task table: a
// blank line, or a group row merged across ("I. Lĩnh vực kinh tế", "A.
// NHIỆM VỤ CHUNG"): a marker and a few words with no full stop.
func groupRow(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return true
	}
	m, _ := cite.ParseMarker(t)
	return m != "" && m != "-" && m != "+" && len(strings.Fields(t)) <= 12 && !strings.HasSuffix(t, ".")
}

// mdRule reports whether a line is a Markdown table's rule written
// with no spaces ("|---|:--:|").
func mdRule(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "|") && strings.Trim(t, "|-: ") == ""
}

// row reads a line's cells as a task row; false when it is none: a
// Markdown table's rule, a row with no task, a group row merged across
// (its title alone, or a number of a group, "I", "A"), a line with no
// number under a header that has a number column (the later paragraphs
// of a row's cells, as a Word file's listing writes them), or a row that
// names neither a deadline nor a partner (a merged row as a text writes
// it, its other cells empty).
func (c taskColumns) row(path string, num int, line string, cells []rowCell) (TaskRow, bool) {
	task := cells[c.task]
	if blankCell(task.text) || ruleRow(cells) {
		return TaskRow{}, false
	}
	if c.number >= 0 && c.number != c.task && (groupNumber(cells[c.number].text) || blankCell(cells[c.number].text)) {
		return TaskRow{}, false // a group's number, or none: a cell's later paragraphs (a Word listing's next line)
	}
	r := TaskRow{Task: cellSeg(path, num, line, task), OwnerHead: c.ownerHead, ownerCol: c.owner}
	if o := cells[c.owner]; !blankCell(o.text) {
		seg := cellSeg(path, num, line, o)
		r.Owner = &seg
	}
	if c.deadline >= 0 && !blankCell(cells[c.deadline].text) {
		r.Deadline = cells[c.deadline].text
	}
	if c.partner >= 0 && !blankCell(cells[c.partner].text) {
		r.Partner = cells[c.partner].text
	}
	if r.Owner == nil && r.Deadline == "" && r.Partner == "" {
		return TaskRow{}, false
	}
	return r, true
}

// blankCell reports whether a cell says nothing: empty, a dash, dots.
func blankCell(t string) bool {
	return strings.Trim(t, " -–—….,_") == ""
}

// ruleRow reports whether every cell is a Markdown table's rule ("---",
// ":--:").
func ruleRow(cells []rowCell) bool {
	for _, c := range cells {
		if c.text == "" || strings.Trim(c.text, "-: ") != "" {
			return false
		}
	}
	return true
}

// groupNumber reports whether a number cell numbers a group of rows: a
// Roman figure or a capital letter ("I", "II.", "A").
func groupNumber(t string) bool {
	t = strings.TrimRight(t, ".)")
	if t == "" {
		return false
	}
	if strings.Trim(t, "IVXL") == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && r >= 'A' && r <= 'Z'
}

// cellSeg is a Seg of a cell of line num, whose positions are its own.
func cellSeg(path string, num int, line string, c rowCell) Seg {
	at := func(off int) diag.Pos {
		return diag.Pos{Path: path, Line: num, Col: utf8.RuneCountInString(line[:min(c.off+off, len(line))]) + 1}
	}
	return Seg{Text: c.text, Role: RoleCell, at: at, oneLine: true}
}
