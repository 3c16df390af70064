package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// pagePiece is a run of text on a line of a page laid out by
// pdftotext -layout, parted from the next by two spaces or more: its
// text, byte offset, and first and last rune columns.
type pagePiece struct {
	text       string
	off        int
	start, end int
}

// pagePieces parts a line of a laid-out page at its runs of two spaces or
// more.
func pagePieces(line string) []pagePiece {
	var out []pagePiece
	col, i := 0, 0
	for i < len(line) {
		if line[i] == ' ' || line[i] == '\f' || line[i] == '\r' {
			i++
			col++
			continue
		}
		p := pagePiece{off: i, start: col}
		j := i
		for j < len(line) && !(line[j] == ' ' && (j+1 == len(line) || line[j+1] == ' ')) && line[j] != '\f' && line[j] != '\r' {
			j++
		}
		p.text = line[i:j]
		n := utf8.RuneCountInString(p.text)
		p.end = col + n
		out = append(out, p)
		col += n
		i = j
	}
	return out
}

// pageCells are a line's pieces as a header's cells.
func pageCells(ps []pagePiece) []rowCell {
	out := make([]rowCell, len(ps))
	for i, p := range ps {
		out[i] = rowCell{text: p.text, off: p.off}
	}
	return out
}

// pageTable is a task table on a laid-out page: its columns, and where
// each begins (half-way between two headers' texts, as a cell's text may
// stand left of its centred header).
type pageTable struct {
	cols  taskColumns
	bound []int
}

// newPageTable reads a line of a laid-out page as a task table's header
// on one line, with a number column ("STT") first.
func newPageTable(ps []pagePiece) (*pageTable, bool) {
	c, ok := taskHeader(pageCells(ps))
	if !ok || c.number != 0 {
		return nil, false
	}
	t := &pageTable{cols: c, bound: make([]int, len(ps))}
	for k := 1; k < len(ps); k++ {
		t.bound[k] = (ps[k-1].end + ps[k].start) / 2
	}
	return t, true
}

// column is the column a piece stands in; -1 when it runs across the
// next column's bound by more than two places (a paragraph's line, no
// cell).
func (t *pageTable) column(p pagePiece) int {
	k := 0
	for k+1 < len(t.bound) && t.bound[k+1] <= p.start {
		k++
	}
	if k+1 < len(t.bound) && p.end > t.bound[k+1]+2 {
		return -1
	}
	return k
}

// pageRow gathers the pieces of a row of a laid-out task table, over its
// lines: each column's text, and where its first piece stands.
type pageRow struct {
	text  []string
	first []Seg
}

// pageTaskRows reads the task tables of a text laid out by pdftotext
// -layout: after a header on one line, a row begins on a line whose
// number column holds a figure and runs to the next; a group's number
// ("II") or a blank line between rows passes, and text in the number
// column that is neither, a line running across the columns or a page's
// end ends the table.
func pageTaskRows(path, text string) []TaskRow {
	var out []TaskRow
	var t *pageTable
	var row *pageRow
	flush := func() {
		if row != nil {
			if r, ok := t.taskRow(row); ok {
				out = append(out, r)
			}
		}
		row = nil
	}
	for i, line := range strings.Split(text, "\n") {
		ps := pagePieces(line)
		if nt, ok := newPageTable(ps); ok {
			flush()
			t = nt
			continue
		}
		if t == nil || len(ps) == 0 {
			continue
		}
		if strings.Contains(line, "\f") {
			flush()
			t = nil
			continue
		}
		next, ok := t.line(path, i+1, line, ps, row)
		if !ok {
			flush()
			t = nil
			continue
		}
		if next != row {
			flush()
			row = next
		}
	}
	if t != nil {
		flush()
	}
	return out
}

// line reads a line of the table into row, or into a new row when its
// number column holds a figure; nil when the line is a group's row;
// false when it ends the table.
func (t *pageTable) line(path string, num int, line string, ps []pagePiece, row *pageRow) (*pageRow, bool) {
	for _, p := range ps {
		k := t.column(p)
		if k < 0 {
			return nil, false
		}
		if k != t.cols.number {
			continue
		}
		switch {
		case groupNumber(p.text):
			return nil, true
		case figureCell(p.text):
			row = &pageRow{text: make([]string, t.cols.n), first: make([]Seg, t.cols.n)}
		default:
			return nil, false
		}
	}
	if row == nil {
		return nil, true
	}
	for _, p := range ps {
		k := t.column(p)
		if row.text[k] == "" {
			row.first[k] = pieceSeg(path, num, line, p)
			row.text[k] = p.text
			continue
		}
		row.text[k] += " " + p.text
	}
	return row, true
}

// taskRow is a gathered row as a TaskRow.
func (t *pageTable) taskRow(row *pageRow) (TaskRow, bool) {
	c := t.cols
	if blankCell(row.text[c.task]) {
		return TaskRow{}, false
	}
	r := TaskRow{Task: row.first[c.task], OwnerHead: c.ownerHead}
	r.Task.Text = row.text[c.task]
	if !blankCell(row.text[c.owner]) {
		o := row.first[c.owner]
		o.Text = row.text[c.owner]
		r.Owner = &o
	}
	if c.deadline >= 0 {
		r.Deadline = strings.TrimSpace(row.text[c.deadline])
	}
	if c.partner >= 0 {
		r.Partner = strings.TrimSpace(row.text[c.partner])
	}
	if r.Owner == nil && blankCell(r.Deadline) && blankCell(r.Partner) {
		return TaskRow{}, false
	}
	return r, true
}

// pieceSeg is a Seg of a piece whose text goes on over later lines: an
// offset past the piece's first line is placed at the piece's start.
func pieceSeg(path string, num int, line string, p pagePiece) Seg {
	at := func(off int) diag.Pos {
		if off > len(p.text) {
			off = 0
		}
		return diag.Pos{Path: path, Line: num, Col: utf8.RuneCountInString(line[:p.off+off]) + 1}
	}
	return Seg{Role: RoleCell, at: at, oneLine: true}
}
