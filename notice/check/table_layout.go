package check

import (
	"strings"
	"unicode/utf8"
)

// layoutCells reads a line of a table as `pdftotext -layout` writes an
// issued PDF's: no tab and no "|", its columns parted by runs of spaces
// and aligned under the header's. cols are the header's columns' starts
// in letters (a byte's offset drifts with the marks of the words before),
// nil outside a table. A header is a row whose first cell is the row
// numbers' ("TT", "STT") with two cells more at least; under it a row is
// one whose cells each fall in a column of their own and whose first
// cell is filled, or a total's ("Cộng ... 19"). Any other line ends the
// table: a cell wrapped onto the next line, prose, a row out of the
// columns. It returns the row's cells (one a column, empty where the row
// leaves the column blank) and the columns for the next line.
func layoutCells(line string, cols []int) ([]rowCell, []int) {
	if strings.ContainsAny(line, "\t|") {
		return nil, nil
	}
	if cols == nil {
		t := strings.TrimLeft(line, " ")
		if !strings.HasPrefix(t, "TT ") && !strings.HasPrefix(t, "STT ") && !strings.HasPrefix(t, "Số TT ") {
			return nil, nil
		}
		pieces := spacedPieces(line)
		if len(pieces) < 3 || !rowNumberHead(pieces[0].text) {
			return nil, nil
		}
		starts := make([]int, len(pieces))
		for i, p := range pieces {
			starts[i] = utf8.RuneCountInString(line[:p.off])
		}
		return pieces, starts
	}
	pieces := spacedPieces(line)
	if len(pieces) < 2 {
		return nil, nil
	}
	cells := make([]rowCell, len(cols))
	for i := range cols {
		cells[i] = rowCell{off: len(line)}
	}
	for _, p := range pieces {
		col := utf8.RuneCountInString(line[:p.off]) // columns are counted in letters, as the page sets them
		i := columnAt(cols, col+2)
		if cells[i].text != "" {
			i = columnAt(cols, col+utf8.RuneCountInString(p.text)-1) // a figure set to the right, under the header's end
		}
		if cells[i].text != "" {
			return nil, nil
		}
		cells[i] = p
	}
	if cells[0].text == "" && !totalRow(cells) {
		return nil, nil
	}
	return cells, cols
}

// columnAt is the column whose start is the last at or before off.
func columnAt(cols []int, off int) int {
	i := 0
	for k, c := range cols {
		if c <= off {
			i = k
		}
	}
	return i
}

// spacedPieces parts line at its runs of two spaces or more, the
// indentation left out: the cells of a row `pdftotext -layout` wrote.
func spacedPieces(line string) []rowCell {
	var out []rowCell
	i := 0
	for i < len(line) {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		if i == len(line) {
			break
		}
		start := i
		for i < len(line) && !(line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ') {
			i++
		}
		out = append(out, rowCell{text: strings.TrimRight(line[start:i], " "), off: start})
	}
	return out
}
