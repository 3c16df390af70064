package check

import "strings"

// A laid-out page (pdftotext -layout) breaks a long cell over lines: the
// title "Loạt bài "Giữ rừng ở đầu nguồn Ngàn" / "Phố"" of a results
// table (p99's Hội Nhà báo notice) opens its quotation in the cell and
// closes it in the cell under it, at the same column, other cells of the
// row between them. Each cell read alone says its quotation mark
// unmatched, of one pair the table closes.

// maxWrapLines bounds the lines a wrapped cell runs over.
const maxWrapLines = 4

// wrappedCellQuotes returns the quotation faults of texts whose mark is
// one pair broken over the lines of one wrapped cell: a cell whose only
// fault is one mark that opens, and a cell under it (cellBelow, one line
// after another) whose only fault is one mark that closes, the cells between holding
// no quotation mark and no cell left of it on its line (rowOpensOn).
// unbalanced says neither.
func wrappedCellQuotes(v *View, faults []quoteFault) map[int]bool {
	byStart := map[[2]int][]int{} // a cell's line and column -> its faults
	for i, f := range faults {
		if f.seg.Role == RoleCell && f.seg.Text != "" {
			p := f.seg.PosAt(0)
			byStart[[2]int{p.Line, p.Col}] = append(byStart[[2]int{p.Line, p.Col}], i)
		}
	}
	var drop map[int]bool
	for _, f := range faults {
		if f.seg.Role != RoleCell || f.seg.Text == "" {
			continue
		}
		p := f.seg.PosAt(0)
		mine := byStart[[2]int{p.Line, p.Col}]
		if len(mine) != 1 {
			continue
		}
		if drop[mine[0]] {
			continue // the lower of a pair already read
		}
		below := f.seg
		for range maxWrapLines - 1 {
			below = cellBelow(v, below) // time_minutes_cell.go
			if below == nil || rowOpensOn(v, below) {
				break
			}
			b := below.PosAt(0)
			if other := byStart[[2]int{b.Line, b.Col}]; len(other) == 1 && opensAt(f) && !opensAt(faults[other[0]]) {
				if drop == nil {
					drop = map[int]bool{}
				}
				drop[mine[0]], drop[other[0]] = true, true
				break
			}
			if strings.ContainsAny(below.Text, "\"“”") {
				break
			}
		}
	}
	return drop
}

// rowOpensOn reports whether a cell stands left of seg on seg's line: the
// line opens a row of its own ("Ảnh báo chí | Bộ ảnh ..."), where a
// wrapped cell's rest stands alone in its column.
func rowOpensOn(v *View, seg *Seg) bool {
	p := seg.PosAt(0)
	for _, t := range v.Texts() {
		if t.Role != RoleCell || t.Text == "" {
			continue
		}
		if q := t.PosAt(0); q.Line == p.Line && q.Col < p.Col {
			return true
		}
	}
	return false
}

// opensAt reports whether the fault's mark opens a quotation: "“", or a
// straight quote with a letter after it ("Giữ), not one after a word
// ("Phố"). Two marks that open, a Markdown table's rows each leaving
// its own "“" open (round 36's SOURCES.md), are no pair.
func opensAt(f quoteFault) bool {
	t := f.seg.Text[f.off:]
	if strings.HasPrefix(t, "“") {
		return true
	}
	if !strings.HasPrefix(t, "\"") {
		return false
	}
	return strings.TrimSpace(t[1:]) != "" && (f.off == 0 || f.seg.Text[f.off-1] == ' ')
}
