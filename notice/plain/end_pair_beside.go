package plain

// Some offices' templates set a joint notice's end block in one table of
// three columns: Nơi nhận at the left, then the signatures side by side
// ("Nơi nhận: | KT. GIÁM ĐỐC SỞ XÂY DỰNG | KT. GIÁM ĐỐC SỞ TÀI CHÍNH").
// The cells after the label are signatures each of its own, not one
// signer's lines; the label's cell and those under it are Nơi nhận.

// besideLabel reports whether a row opens signatures side by side beside
// Nơi nhận: its first cell with text is the label, and the two or more
// cells with text after it are all a signer's authority. It sets pairCol
// to the first of them and pairLeft.
func (r *reader) besideLabel(l line) bool {
	label, first := -1, -1
	var texts []string
	for i, c := range l.cells {
		switch {
		case c.text == "":
		case label < 0 && len(texts) == 0:
			if !labelRe().MatchString(c.text) {
				return false
			}
			label = i
		default:
			if first < 0 {
				first = i
			}
			texts = append(texts, c.text)
		}
	}
	if label < 0 || len(texts) < 2 || !allAre(texts, pairAuthority) {
		return false
	}
	r.pairCol, r.pairLeft = first, true
	return true
}

// besideOffset is, beside Nơi nhận, how many columns a row of Word's
// table saved as text leaves out before its first cell: the tabs of the
// empty Nơi nhận cell ("\tHoàng Văn Thanh\tNguyễn Thị Hương" under the
// list), which give no cell of their own. 0 elsewhere, and for a listing's
// row, whose empty cells stand between " | ".
func (r *reader) besideOffset(l line) int {
	if !r.pairLeft || len(l.cells) == 0 {
		return 0
	}
	return r.tabsBefore(l.num, l.cells[0])
}
