package plain

import "strings"

// loneCellMarks reads as a line of the letter a line that a page closed
// with a table cell's mark (" |") and that stands alone, no row above or
// below it: "Kính gửi: Quý Khách hàng ... |" at the top, "Trân trọng thông
// báo./. |" at the end of the body, where the page set the notice in one
// cell. Only a Kính gửi or a line ending a sentence (".", ";", ":") is
// taken so; a short label ("Tài Vụ CĐCN |") stays a cell, as it may be a
// column's. Lines of a table, one cell a line, have rows beside them.
func loneCellMarks(out []line, raws []rawLine, md bool) {
	for i := range out {
		if !loneCell(out[i], raws[i].s) || rowBeside(out, i, -1) || rowBeside(out, i, 1) {
			continue
		}
		t := out[i].cells[0].text
		if !addresseeRe().MatchString(t) && !strings.ContainsAny(t[len(t)-1:], ".;:") {
			continue
		}
		cut := strings.LastIndexByte(raws[i].s, '|')
		out[i] = cleanLine(raws[i].s[:cut], raws[i].off, raws[i].num, md)
	}
}

// loneCell reports whether l is one cell of text (the empty one after
// the mark aside) closed by a "|" at the
// end of its raw line, with no other "|" on it.
func loneCell(l line, raw string) bool {
	if len(l.cells) == 0 || l.cells[0].text == "" || l.md {
		return false
	}
	for _, c := range l.cells[1:] {
		if c.text != "" {
			return false
		}
	}
	t := strings.TrimRight(raw, " \t")
	return strings.HasSuffix(t, " |") && strings.Count(t, "|") == 1
}

// rowBeside reports whether the nearest line with text above (step -1)
// or below (step 1) line i is a table row.
func rowBeside(out []line, i, step int) bool {
	for j := i + step; j >= 0 && j < len(out); j += step {
		if out[j].cells != nil {
			return true
		}
		if out[j].text != "" {
			return false
		}
	}
	return false
}
