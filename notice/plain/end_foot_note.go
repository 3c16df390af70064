package plain

// A one-page notice printed with a footnote sets the note at the page's
// foot, under the end block: pdftotext -layout writes the note's number
// alone at the margin and the note's text under it, set in a little
// ("1" over "  Thông báo số 468/TB-VP ..."), or the number under the
// note's last line, where the raised figure's baseline falls. Read as the
// end block's, the note's indented line is taken for a recipient's
// wrapped end and joins the Lưu line (a83).

// footNoteOpens reports whether line i of the end block opens a footnote:
// a number alone on its line at the margin, with the note's text set in
// under it, or a line of the notes footNotes finds at the page's foot
// (foot, by line number). No line of Nơi nhận or of the signature is a
// number alone.
func footNoteOpens(ls []pline, i int, foot map[int]bool) bool {
	return foot[ls[i].num] || noteNumberRe().MatchString(ls[i].text()) && ls[i].ind <= 4 && nextIndented(ls, i)
}

// footLines are the numbers of the lines footNotes reads as the notes at
// the pages' feet of raws (page_notes.go), blank lines among them.
func footLines(raws []rawLine) map[int]bool {
	least, _ := pageLeast(raws)
	width := pageWidth(raws, least)
	if width == 0 {
		return nil
	}
	zone, _ := footNotes(raws, headerEnd(raws), width)
	var out map[int]bool
	for i, in := range zone {
		if in {
			if out == nil {
				out = map[int]bool{}
			}
			out[raws[i].num] = true
		}
	}
	return out
}
