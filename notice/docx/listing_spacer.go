package docx

// Some templates lay the header on a grid finer than its two blocks: the
// issuer in a short cell between two empty ones, so that the cell's
// bottom border is the rule under it ("| SỞ TÀI CHÍNH |" over a grid of
// four columns, the managing body and the number spanning three). The
// empty cells beside it print nothing and stand in the left block's
// place: they are no column of their own, and the issuer is the left
// block's line as the managing body above it is.

// spacerCells marks the cells of rows that are spacers: empty, and
// lying, with a cell of their own row that prints something, under one
// cell of another row that prints something and does not span the whole
// table (a title row across a table of figures does not make its empty
// cells, a total's STT, spacers).
func spacerCells(t *Table, rows [][][]item) [][]bool {
	out := make([][]bool, len(rows))
	cols := 0
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			cols = max(cols, c.GridCol+c.Span)
		}
	}
	for i, row := range t.Rows {
		out[i] = make([]bool, len(row.Cells))
		for j, c := range row.Cells {
			if j < len(rows[i]) && len(rows[i][j]) == 0 {
				out[i][j] = spacer(t, rows, i, c, cols)
			}
		}
	}
	return out
}

// spacer reports whether the empty cell c of row i lies under a cell of
// another row that prints something (narrower than the table's cols
// grid columns), beside a cell of row i under that
// same cell that prints something too.
func spacer(t *Table, rows [][][]item, i int, c Cell, cols int) bool {
	for i2, row := range t.Rows {
		if i2 == i {
			continue
		}
		for j2, wide := range row.Cells {
			if j2 >= len(rows[i2]) || len(rows[i2][j2]) == 0 || wide.Span >= cols || !within(c, wide) {
				continue
			}
			for j, other := range t.Rows[i].Cells {
				if other.GridCol != c.GridCol && j < len(rows[i]) && len(rows[i][j]) > 0 && within(other, wide) {
					return true
				}
			}
		}
	}
	return false
}

// within reports whether cell c's grid columns lie inside wide's, wide
// spanning more than c.
func within(c, wide Cell) bool {
	return wide.Span > c.Span && c.GridCol >= wide.GridCol && c.GridCol+c.Span <= wide.GridCol+wide.Span
}
