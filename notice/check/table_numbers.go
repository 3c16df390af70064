package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// tableNumberFaults reads the tables of a text written with tabs or " | "
// (Word's Save as Plain Text, a Word file's listing, Markdown) whose first
// column numbers the rows ("TT", "STT", "Số TT") and gives, for
// list-number-sequence, each row number out of order, said as a list's
// numbers are: a number skipped, repeated, or one typed wrong, once, with
// the number it must be (list_one_slip.go). A table is left at a row whose
// first cell holds no whole number alone (a group's "I" or "A", a part's
// "1.1", a row merged across): its rows may number anew under each group.
func tableNumberFaults(path, text string) []markerFault {
	if !strings.Contains(text, "TT") || !strings.Contains(text, "\t") && !strings.Contains(text, "|") && !strings.Contains(text, "TT  ") {
		return nil
	}
	var out, table []markerFault
	var q *sequence
	left := false // a table left at a row it cannot number
	for l := range tableLines(text) {
		num, line, cells := l.num, l.line, l.cells
		switch {
		case cells == nil:
			if !mdRule(line) {
				out, table, q, left = tableFaults(out, table), nil, nil, false
			}
		case left:
		case q == nil:
			if rowNumberHead(cells[0].text) {
				q = newSequence()
			}
		case totalRow(cells): // "Cộng", "Tổng cộng": the table's numbers end there
			out, table, left = tableFaults(out, table), nil, true
		default:
			n := strings.TrimSpace(cells[0].text)
			if n == "" || len(n) > 4 || strings.Trim(n, "0123456789") != "" {
				table, left = nil, true
				continue
			}
			if _, msg, bad := q.next(n); bad {
				seg := cellSeg(path, num, line, cells[0])
				table = append(table, markerFault{"list-number-sequence", &seg, msg})
				q.keep(len(table) - 1)
			}
			q.applyRefold(table)
		}
	}
	return tableFaults(out, table)
}

// tableFaults adds a table's faults to out, each told as a table's row
// number.
func tableFaults(out, table []markerFault) []markerFault {
	for _, f := range table {
		f.msg = diag.Msg("số thứ tự của bảng: %s", "the table's row number: %s", f.msg)
		out = append(out, f)
	}
	return out
}

// rowNumberHead reports whether a table's first header cell names the rows'
// numbers: "TT", "STT", "Số TT", "Số thứ tự".
func rowNumberHead(t string) bool {
	switch cite.Fold(strings.TrimSpace(t)) {
	case "tt", "stt", "số tt", "số thứ tự":
		return true
	}
	return false
}
