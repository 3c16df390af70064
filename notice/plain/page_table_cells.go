package plain

import "strings"

// A table of a page's text layer taken out without its layout
// (page_wraps.go) comes one cell under the other, each cell's lines a
// block between blank lines, a row's cells one after the other: seed
// 003's appendix "1. Chỉ số nhận thức số" / "đạt 84/100 điểm" / "Mục 1.3
// Văn bản ..." / "đạt 4/20 điểm" / "2. Chỉ số Thể chế số". Read as
// paragraphs, its numbered cells are points of lists that the other cells
// cut. The page's paragraphs stand one under the other with no blank
// line between them, so blocks of short lines, each between blank lines,
// many in a run, are no paragraphs: tableCells reads each as a cell.

// tableLeast is the fewest blocks in a run that make a table.
const tableLeast = 6

// tableCells returns which of raws open a table's cell in an
// appendix of a page's text whose width is width: from a line "Phụ lục"
// on, in a run of tableLeast blocks or more, each of lines with text
// between blank lines (or a page's turn), none of them full, each line
// that goes on with no line above it (cont): two cells of a row may
// stand in one block ("Giao VHTT xã tham" / "mưu khắc phục" / "Giao
// VHTT xã tham" / "mưu khắc phục"). The page's footnotes (skip) and
// number are no blocks.
func tableCells(raws []rawLine, width int, cont, skip []bool) []bool {
	from := -1
	for i, r := range raws {
		if appendixRe().MatchString(strings.TrimSpace(r.s)) {
			from = i
			break
		}
	}
	if from < 0 {
		return nil
	}
	var cell []bool
	var run [][]int
	flush := func() {
		if len(run) >= tableLeast {
			if cell == nil {
				cell = make([]bool, len(raws))
			}
			for _, b := range run {
				for _, k := range b {
					cell[k] = !cont[k]
				}
			}
		}
		run = nil
	}
	for _, b := range pageBlocks(raws, from+1, skip) {
		if !narrowBlock(raws, b, width) {
			flush()
			continue
		}
		run = append(run, b)
	}
	flush()
	return cell
}

// pageBlocks returns the blocks of raws[from:]: the indexes of the lines
// of text between blank lines or a page's turn; the lines skip says
// stand as blank lines. A block that opens the text's part (right under
// from's line, no blank line between) is none: it goes on with the line
// above.
func pageBlocks(raws []rawLine, from int, skip []bool) [][]int {
	var blocks [][]int
	var b []int
	parted := false
	for i := from; i < len(raws); i++ {
		t := strings.TrimSpace(raws[i].s)
		if skip != nil && skip[i] || pageNumberRe().MatchString(t) {
			t = ""
		}
		if t == "" || strings.HasPrefix(raws[i].s, "\f") {
			if b != nil && parted {
				blocks = append(blocks, b)
			}
			b, parted = nil, true
			if t == "" {
				continue
			}
		}
		b = append(b, i)
	}
	if b != nil && parted {
		blocks = append(blocks, b)
	}
	return blocks
}

// narrowBlock reports whether the lines of block b are a cell's: none
// reaches the page's right edge, none is a part a notice sets on a line
// of its own.
func narrowBlock(raws []rawLine, b []int, width int) bool {
	for _, i := range b {
		t := strings.TrimSpace(raws[i].s)
		if full(t, width) || ownLine(t) {
			return false
		}
	}
	return true
}
