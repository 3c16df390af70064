package docx

// A cell merged down several rows (w:vMerge) prints its paragraphs from
// the top of its first row on, across the rows it spans: its k-th line
// stands level with the k-th line of those rows, not all beside the
// first row's. The header tables of some templates merge the issuer's
// two lines down the rows of the Quốc hiệu and the Tiêu ngữ; the issuer
// is then beside the Tiêu ngữ, as printed.

// spillMerged moves the lines of a merged cell that its row has no room
// for (the row's other cells print fewer) into the continuing cell of
// the next row, in the same grid column, when that one prints nothing
// of its own; and so on down the merge.
func spillMerged(t *Table, rows [][][]item) {
	for i := 0; i+1 < len(rows); i++ {
		for j, c := range t.Rows[i].Cells {
			if c.Merge == "" || j >= len(rows[i]) {
				continue
			}
			room := rowRoom(rows[i], j)
			if len(rows[i][j]) <= room {
				continue
			}
			nj := continuing(t.Rows[i+1], c.GridCol)
			if nj < 0 || nj >= len(rows[i+1]) || len(rows[i+1][nj]) > 0 {
				continue
			}
			rows[i+1][nj] = rows[i][j][room:]
			rows[i][j] = rows[i][j][:room]
		}
	}
}

// rowRoom is how many lines a row holds besides cell j: the most of its
// other cells, at least one.
func rowRoom(cells [][]item, j int) int {
	n := 1
	for k := range cells {
		if k != j {
			n = max(n, len(cells[k]))
		}
	}
	return n
}

// continuing returns the index of the cell of row that continues a merge
// at grid column col, or -1.
func continuing(row Row, col int) int {
	for k, c := range row.Cells {
		if c.GridCol == col && c.Merge == "continue" {
			return k
		}
	}
	return -1
}
