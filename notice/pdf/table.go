package pdf

import (
	"slices"

	"github.com/thongbao/thongbao/fonts"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/compose"
)

// Table geometry.
const (
	cellPadX = 1.5
	cellPadY = 1.2
)

// columnShares are the widths of the columns of a table, as shares of the
// text width: the first column, the criterion, takes the most.
func columnShares(n int) []float64 {
	if n == 3 {
		return []float64{0.5, 0.22, 0.28}
	}
	out := make([]float64, n)
	for i := range out {
		out[i] = 1 / float64(n)
	}
	return out
}

// cell is a laid-out table cell.
type cell struct {
	lines []line
	align align
}

type tableRow struct {
	cells  []cell
	height float64
}

// table places a table; its header row is repeated on every page it
// continues on (spec §14: tables in an appendix).
func (f *flow) table(tb *compose.Table) {
	shares := columnShares(len(tb.Columns))
	xs := []float64{TextLeft}
	for _, s := range shares {
		xs = append(xs, xs[len(xs)-1]+s*TextW)
	}
	t := text{set: f.set, arena: f.arena, size: SizeTable}
	head := f.row(t, xs, toRuns(tb.Columns), fonts.Bold, true)
	lead := leading(SizeTable, 1)
	f.space(ParaSpace)
	if !f.fits(head.height+lead+2*cellPadY, nil) {
		f.newPage()
	}
	rows := make([]tableRow, len(tb.Rows))
	n := head.boxes(len(xs))
	for i, r := range tb.Rows {
		st := fonts.Regular
		if r.Group {
			st = fonts.Bold
		}
		rows[i] = f.row(t, xs, r.Cells, st, false)
		n += rows[i].boxes(len(xs))
	}
	// Room for the table's boxes, a header row repeated on each page it
	// goes on to, the rest of the appendix: a box a piece, made once.
	f.l.Boxes = slices.Grow(f.l.Boxes, n+n/4+64)
	f.drawRow(head, xs, t, 0, len(maxLines(head)))
	for _, row := range rows {
		f.tableRow(row, head, xs, t)
	}
}

// boxes is how many boxes drawing the row whole takes: one a piece of
// its lines' words, and its borders (drawRow) between xs.
func (r tableRow) boxes(xs int) int {
	n := 2 + xs
	for _, c := range r.cells {
		for _, ln := range c.lines {
			for _, w := range ln.words {
				n += len(w.pieces)
			}
		}
	}
	return n
}

// tableRow draws a row, on the next page (under a repeated header row) when
// it does not fit here; a row taller than a page is split between lines.
func (f *flow) tableRow(row, head tableRow, xs []float64, t text) {
	lead := leading(t.size, 1)
	n := len(maxLines(row))
	freshRoom := Bottom - MarginTop - head.height
	for from := 0; from < n; {
		fit := int((f.bottom(nil) - f.y - 2*cellPadY) / lead)
		switch {
		case fit >= n-from:
			f.drawRow(row, xs, t, from, n)
			from = n
		case from == 0 && row.height <= freshRoom || fit < 1:
			f.newPage()
			f.drawRow(head, xs, t, 0, len(maxLines(head)))
		default:
			f.drawRow(row, xs, t, from, from+fit)
			from += fit
			f.newPage()
			f.drawRow(head, xs, t, 0, len(maxLines(head)))
		}
	}
}

func toRuns(cols []string) [][]body.Run {
	out := make([][]body.Run, len(cols))
	for i, c := range cols {
		out[i] = []body.Run{{Text: c}}
	}
	return out
}

// row lays out the cells of a row.
func (f *flow) row(t text, xs []float64, cells [][]body.Run, st fonts.Style, header bool) tableRow {
	r := tableRow{}
	t.base = st
	lines := 1
	for i := 0; i+1 < len(xs); i++ {
		var runs []body.Run
		if i < len(cells) {
			runs = cells[i]
		}
		w := xs[i+1] - xs[i] - 2*cellPadX
		c := cell{lines: breakLines(t.words(runs), w, w, t), align: alignLeft}
		if header || i == 1 {
			c.align = alignCenter
		}
		r.cells = append(r.cells, c)
		lines = max(lines, len(c.lines))
	}
	r.height = float64(lines)*leading(t.size, 1) + 2*cellPadY
	return r
}

func maxLines(r tableRow) []struct{} {
	n := 0
	for _, c := range r.cells {
		n = max(n, len(c.lines))
	}
	return make([]struct{}, n)
}

// drawRow draws lines from..to of a row with its borders.
func (f *flow) drawRow(r tableRow, xs []float64, t text, from, to int) {
	lead := leading(t.size, 1)
	top := f.y
	h := float64(to-from)*lead + 2*cellPadY
	for i, c := range r.cells {
		for k := from; k < to && k < len(c.lines); k++ {
			w := xs[i+1] - xs[i] - 2*cellPadX
			ct := t
			f.placeLine(c.lines[k], ct, RoleCell, xs[i]+cellPadX, w, top+cellPadY+float64(k-from)*lead+ascent(t.size), c.align)
		}
	}
	f.rule(xs[0], top, xs[len(xs)-1], top)
	f.rule(xs[0], top+h, xs[len(xs)-1], top+h)
	for _, x := range xs {
		f.rule(x, top, x, top+h)
	}
	f.y = top + h
}
