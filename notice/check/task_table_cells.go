package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/plain"
)

// rowCell is a cell of a table row written on one line of a text: its
// text, white space trimmed, and the byte offset in the line where the
// text (or, when empty, the cell) begins.
type rowCell struct {
	text string
	off  int
}

// lineCells splits a line of a text into the cells of a table row: at
// each tab, as Word saves a table as text (two tabs in a row part an
// empty cell), or at each "|" with white space or the line's end on each
// side, as a Word file's listing joins a row's cells and Markdown writes
// them (the border's "|" at either end dropped). Nil when the line holds
// no two cells.
func lineCells(line string) []rowCell {
	line = strings.TrimRight(line, "\r")
	if strings.Contains(line, "\t") {
		return splitCells(line, tabCuts(line), false)
	}
	if cuts := plain.PipeCuts(line); len(cuts) > 0 {
		t := strings.TrimSpace(line)
		return splitCells(line, cuts, strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && len(t) > 1)
	}
	return nil
}

// tabCuts are the offsets of the tabs of a line, the tabs before its
// first text left out (indentation, not empty cells).
func tabCuts(line string) []int {
	var cuts []int
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	for i := lead; i < len(line); i++ {
		if line[i] == '\t' {
			cuts = append(cuts, i)
		}
	}
	return cuts
}

// splitCells parts line at cuts (one byte each); border drops the cells
// before the first cut and after the last.
func splitCells(line string, cuts []int, border bool) []rowCell {
	if len(cuts) == 0 {
		return nil
	}
	var out []rowCell
	start := 0
	for _, c := range append(cuts, len(line)) {
		out = append(out, trimCell(line, start, c))
		start = c + 1
	}
	if border && len(out) > 2 {
		out = out[1 : len(out)-1]
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// trimCell is the cell of line[a:b], its white space trimmed.
func trimCell(line string, a, b int) rowCell {
	s := line[a:b]
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	return rowCell{text: strings.TrimSpace(s), off: a + lead}
}
