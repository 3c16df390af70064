package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// birthCell is a year written in a table's "Năm sinh" column of a list
// of people (birthCells).
type birthCell struct {
	cell Seg // the year's cell
	year int
}

// birthCells reads the tables of a text (tableLines: tabs, " | ", a PDF's
// layout) whose header names people ("Họ và tên", "Họ tên") and their
// "Năm sinh": each row's cell in that column that is a year of four
// figures alone. A table of ages or of births to come ("Độ tuổi | Năm
// sinh", "Môn | Năm sinh", a plan's classes) names no one and is left.
// Only a text that writes "năm sinh" is read.
func birthCells(path, text string) []birthCell {
	if !strings.Contains(text, "ăm sinh") && !strings.Contains(text, "ĂM SINH") {
		return nil
	}
	var out []birthCell
	col, width := -1, 0
	for l := range tableLines(text) {
		switch {
		case l.cells == nil:
			if !mdRule(l.line) {
				col = -1
			}
		case col < 0:
			col, width = birthColumn(l.cells), len(l.cells)
		case len(l.cells) == width:
			if y, ok := yearAlone(l.cells[col].text); ok {
				out = append(out, birthCell{cellSeg(path, l.num, l.line, l.cells[col]), y})
			}
		}
	}
	return out
}

// birthColumn is the column of a header row of people that holds "Năm
// sinh", or -1.
func birthColumn(cells []rowCell) int {
	at, named := -1, false
	for j, c := range cells {
		switch strings.TrimRight(cite.Fold(strings.TrimSpace(c.text)), ": ") {
		case "năm sinh":
			at = j
		case "họ và tên", "họ tên", "họ, tên":
			named = true
		}
	}
	if !named {
		return -1
	}
	return at
}

// yearAlone reads a cell of four figures alone, and nothing else.
func yearAlone(t string) (int, bool) {
	t = strings.TrimSpace(t)
	if len(t) != 4 {
		return 0, false
	}
	y := 0
	for k := range 4 {
		if !isDigit(t[k]) {
			return 0, false
		}
		y = y*10 + int(t[k]-'0')
	}
	return y, true
}
