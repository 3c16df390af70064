package check

import (
	"iter"
	"strings"
)

// tableLine is a line of a text with its number (from 1) and, when it is
// a table's row, its cells (lineCells); nil cells for a line of prose.
type tableLine struct {
	num   int
	line  string
	cells []rowCell
}

// tableLines yields the lines of text, their ends taken off, with the
// cells of those that are a table's rows: the walk the readers of tables
// written with tabs or " | ", or in columns of spaces, share (table_total_read.go,
// table_numbers.go).
func tableLines(text string) iter.Seq[tableLine] {
	return func(yield func(tableLine) bool) {
		num := 0
		var cols []int // the columns of a table pdftotext -layout wrote (table_layout.go)
		for line := range strings.Lines(text) {
			num++
			line = strings.TrimRight(line, "\r\n")
			cells := lineCells(line)
			if cells == nil {
				cells, cols = layoutCells(line, cols)
			} else {
				cols = nil
			}
			if !yield(tableLine{num, line, cells}) {
				return
			}
		}
	}
}
