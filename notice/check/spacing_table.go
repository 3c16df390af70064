package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minTableRows is the fewest rows in a row that make a table the page
// flattened with runs of spaces (paddedRows).
const minTableRows = 3

// maxTableRow is the longest row, in characters, taken for a table's
// row: a cell's text is short; a sentence is longer.
const maxTableRow = 120

// paddedRows marks the segments that are rows of a table the page set
// in runs of spaces, one row a line (its rows of bare figures among them,
// figuresRow) ("- Tháng 1:  Ông Phạm Duy Phương
// Giám đốc   Ngày 21/01 ( Thứ 2)"): minTableRows segments or more in a
// row, each short (maxTableRow), ending as a cell does, not as a list's
// point or a sentence (";", ".", ",", ":"), and each holding a run of
// laidOutGap spaces or more before a capital or a figure after its list
// lead. One such line may be a slip of the space bar; the same gap on
// row after row of cells is the table's layout.
func paddedRows(segs []*Seg, wordGap string) map[*Seg]bool {
	var rows map[*Seg]bool
	run := 0
	flush := func(end int) {
		if run >= minTableRows {
			if rows == nil {
				rows = map[*Seg]bool{}
			}
			for _, s := range segs[end-run : end] {
				rows[s] = true
			}
		}
		run = 0
	}
	for i, seg := range segs {
		if seg.Role != RoleArchive && seg.Role != RoleCell && (paddedRow(seg.Text, wordGap) || figuresRow(seg.Text)) {
			run++
			continue
		}
		flush(i)
	}
	flush(len(segs))
	return rows
}

// figuresRowCells is the fewest figures a row of figures holds.
const figuresRowCells = 4

// figuresRow tells whether text is a table's row of figures flattened
// to one line, its cells parted by a space ("3 1 382,0 244.480.000
// 45.000.000"): figuresRowCells figures or more and nothing else. Such
// rows between padded ones ("III   Thôn 5") are the same table's, whose
// group rows keep their empty cells as runs of spaces.
func figuresRow(text string) bool {
	f := strings.Fields(text)
	if len(f) < figuresRowCells {
		return false
	}
	for _, w := range f {
		if strings.Trim(w, "0123456789.,") != "" || strings.Trim(w, ".,") == "" {
			return false
		}
	}
	return true
}

// paddedRow tells whether text is short, ends with no point's mark and
// holds a cell's gap of laidOutGap spaces or more (cellGap) after its
// list lead.
func paddedRow(text, wordGap string) bool {
	if !containsLit(text, "   ") || utf8.RuneCountInString(text) > maxTableRow {
		return false
	}
	if t := strings.TrimSpace(text); t == "" || strings.ContainsAny(t[len(t)-1:], ";.,:") {
		return false
	}
	return holdsGap(text[listLead(text, wordGap):], "   ", cellGap)
}

// cellGap tells whether the spaces text[at:end], two or more, stand
// between two cells: before a capital or a figure, not at the text's
// end.
func cellGap(text string, at, end int) bool {
	if end-at < 2 || end >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return r >= '0' && r <= '9' || unicode.IsUpper(r)
}

// rowDoubleSpace is typedDoubleSpace for a row of a padded table: two
// spaces or more before a capital or a figure are the next cell
// (cellGap); two spaces before a word in small letters or a mark are
// still found, unless typedDoubleSpace takes them for a column's gap.
func rowDoubleSpace(text string) int {
	for from := 0; ; {
		at := typedDoubleSpace(text[from:])
		if at < 0 {
			return -1
		}
		at += from
		end := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " "))
		if !cellGap(text, at, end) {
			return at
		}
		from = end
	}
}
