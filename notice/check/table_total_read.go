package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// totalWords are bytes one of which a text with a total row holds: the
// "ộng" of "Cộng", the "ổng" of "Tổng", in small letters or capitals.
var totalWords = []string{"ộng", "ổng", "ỘNG", "ỔNG"}

// tableTotals reads the tables of a text written with tabs or " | "
// (Word's Save as Plain Text, a Word file's listing, Markdown) and gives
// each total that is not the sum of its column. A table is a header row
// of cells with no figure alone, then rows of as many cells (fewer when
// a Word listing leaves the empty cells at a row's end out), then a row
// whose first cell that says something is totalLabel's. A table is left
// when a row has more cells, a group row ("I", "A", a row merged
// across), a row of a part ("Trong đó", "- nữ") or a total of its own
// (a subtotal) stands among its rows: its total may count other rows.
// A column is summed only when every row above the total holds a
// figure in it (figureValue) and its header sums (summedHead).
func tableTotals(path, text string) []wrongTotal {
	if !strings.Contains(text, "\t") && !strings.Contains(text, "|") && !strings.Contains(text, "TT  ") || !containsAny(text, totalWords) {
		return nil
	}
	var out []wrongTotal
	var head []rowCell
	var rows [][]rowCell
	skip := false // a table left: pass its lines over to the next line with no cells
	for l := range tableLines(text) {
		num, line, cells := l.num, l.line, l.cells
		switch {
		case cells == nil:
			if !mdRule(line) {
				head, rows, skip = nil, nil, false
			}
		case skip:
		case head == nil:
			if headerCells(cells) {
				head = cells
			}
		case len(cells) > len(head):
			head, rows, skip = nil, nil, true
		case totalRow(cells):
			out = append(out, rowTotals(path, num, line, head, rows, cells)...)
			head, rows, skip = nil, nil, true
		case partRow(cells):
			head, rows, skip = nil, nil, true
		default:
			rows = append(rows, pad(cells, len(head)))
		}
	}
	return out
}

// containsAny reports whether s holds one of subs.
func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// headerCells reports whether a row may head a table: each cell says
// something and none is a figure alone.
func headerCells(cells []rowCell) bool {
	for _, c := range cells {
		if blankCell(c.text) {
			return false
		}
		if _, _, ok := figureValue(c.text); ok {
			return false
		}
	}
	return true
}

// pad gives cells n cells, the missing ones empty at the end.
func pad(cells []rowCell, n int) []rowCell {
	for len(cells) < n {
		cells = append(cells, rowCell{})
	}
	return cells
}

// totalRow reports whether the first cell of a row that says something
// is a total's label.
func totalRow(cells []rowCell) bool {
	for _, c := range cells {
		if !blankCell(c.text) {
			return totalLabel(c.text)
		}
	}
	return false
}

// partRow reports whether a row is no row of its own that the total
// counts: a group's number ("I", "A"), a part of the row above ("Trong
// đó", "- Nữ", "+ ...", a sub-item "1.1" of a budget's item "1"), or a
// row with one cell that says something (a group row merged across).
func partRow(cells []rowCell) bool {
	said := 0
	for _, c := range cells {
		if !blankCell(c.text) {
			said++
		}
	}
	first := strings.TrimSpace(cells[0].text)
	k := cite.Fold(first)
	return said <= 1 || groupNumber(first) || strings.HasPrefix(k, "trong đó") || strings.HasPrefix(first, "-") || strings.HasPrefix(first, "+") || subItemNumber(first)
}

// subItemNumber reports whether s numbers a sub-item, "1.1" or "2.3.1.":
// a part of the item numbered before its first dot (a figure's group of
// thousands, "1.240", has three digits).
func subItemNumber(s string) bool {
	parts := strings.Split(strings.TrimSuffix(s, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) || len(p) > 2 {
			return false
		}
	}
	return true
}

// rowTotals compares a total row with the rows above it. A total row
// with fewer cells than the header is read two ways: its cells left out
// at the end (a Word listing leaves a row's last empty cells out) or at
// the start (its label a cell merged across the first columns, "Tổng
// cộng" over "STT" and "Tên", or the number's empty cell before a tab
// Word's text drops). A way under which every figure read adds up wins;
// else the way that read the most figures is told.
func rowTotals(path string, num int, line string, head []rowCell, rows [][]rowCell, total []rowCell) []wrongTotal {
	if len(rows) < 2 {
		return nil
	}
	out, read := columnTotals(path, num, line, head, rows, pad(total, len(head)))
	if len(total) == len(head) || read > 0 && len(out) == 0 {
		return out
	}
	right := append(make([]rowCell, len(head)-len(total)), total...)
	out2, read2 := columnTotals(path, num, line, head, rows, right)
	if read2 > 0 && len(out2) == 0 || read2 > read {
		return out2
	}
	return out
}

// columnTotals compares each figure of a total row with the sum of its
// column's figures in rows; read is how many it compared.
func columnTotals(path string, num int, line string, head []rowCell, rows [][]rowCell, total []rowCell) (out []wrongTotal, read int) {
	label := ""
	for j, c := range total {
		if label == "" {
			if !blankCell(c.text) {
				label = c.text
			}
			continue
		}
		want, scale, ok := figureValue(c.text)
		if !ok || !summedHead(cite.Fold(head[j].text)) {
			continue
		}
		sum, dots, ok := columnSum(rows, j, scale)
		if !ok || numbering(rows, j) {
			continue
		}
		if read++; sum == want {
			continue
		}
		out = append(out, wrongTotal{cell: cellSeg(path, num, line, c), label: strings.TrimRight(label, ": "), head: head[j].text,
			sum: writeFigure(sum, scale, dots || strings.Contains(c.text, "."))})
	}
	return out, read
}

// columnSum adds up column j of rows, each figure at scale decimals;
// false when a row holds no figure there or another number of decimals.
// dots: a figure groups its thousands.
func columnSum(rows [][]rowCell, j, scale int) (sum int64, dots, ok bool) {
	for _, r := range rows {
		v, s, ok := figureValue(r[j].text)
		if !ok || s != scale {
			return 0, false, false
		}
		sum += v
		dots = dots || strings.Contains(r[j].text, ".")
	}
	return sum, dots, true
}

// numbering reports whether column j of rows numbers them, each figure
// one more than the row's above ("Phòng thi" 1, 2, 3): such figures name
// a room, a lot or a round, and the total row counts them ("Tổng cộng |
// 3"), no sum.
func numbering(rows [][]rowCell, j int) bool {
	prev := int64(0)
	for k, r := range rows {
		v, s, _ := figureValue(r[j].text)
		if s != 0 || k > 0 && v != prev+1 {
			return false
		}
		prev = v
	}
	return true
}

// figureValue reads a cell that holds a figure alone: "64", "1.240",
// "2.160.000.000", "120,0", "4.439,5"; the value in units of 10^-scale.
// A full stop parts thousands only in groups of three; a comma opens the
// decimals.
func figureValue(t string) (v int64, scale int, ok bool) {
	t = strings.TrimSpace(t)
	whole, dec, hasDec := strings.Cut(t, ",")
	groups := strings.Split(whole, ".")
	if whole == "" || len(groups[0]) > 3 && len(groups) > 1 || hasDec && (dec == "" || len(dec) > 3) {
		return 0, 0, false
	}
	digits := ""
	for i, g := range groups {
		if g == "" || i > 0 && len(g) != 3 || strings.Trim(g, "0123456789") != "" {
			return 0, 0, false
		}
		digits += g
	}
	if strings.Trim(dec, "0123456789") != "" || len(digits) > 15 {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(digits+dec, 10, 64)
	return n, len(dec), err == nil
}

// writeFigure writes v (in units of 10^-scale) as the table writes its
// figures: thousands parted by full stops when dots, decimals after a
// comma.
func writeFigure(v int64, scale int, dots bool) string {
	s := strconv.FormatInt(v, 10)
	for len(s) <= scale {
		s = "0" + s
	}
	whole, dec := s[:len(s)-scale], s[len(s)-scale:]
	if dots {
		var b strings.Builder
		for i, r := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				b.WriteByte('.')
			}
			b.WriteRune(r)
		}
		whole = b.String()
	}
	if scale > 0 {
		return whole + "," + dec
	}
	return whole
}
