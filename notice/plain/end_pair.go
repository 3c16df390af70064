package plain

import "unicode/utf8"

// A joint notice (liên tịch, liên ngành) is signed by the heads of two
// bodies side by side: under Nơi nhận, a table's row "KT. GIÁM ĐỐC SỞ XÂY
// DỰNG | KT. GIÁM ĐỐC SỞ TÀI CHÍNH", the titles and the names in the rows
// below it. There the left column is no Nơi nhận going on: each column is
// a signature. The left one is read as the signature as its rows come;
// the right one is kept and put under it when the table ends, as lines
// after the signature, the way a page that wrote the two one under the
// other is read: a notice's reading holds one signature (the checks of
// the signer's lines and name read the first).

// pairRow reports whether a row at the end opens, or goes on with, two
// signatures side by side: its two cells that hold text are both a
// signer's authority ("TM.", "KT.", "TL." ... in capitals), or, under a
// closed Nơi nhận list, both a title in capitals.
func (r *reader) pairRow(l line) bool {
	if r.paired {
		return true
	}
	if r.signed || len(l.cells) < 2 {
		return false
	}
	var texts []string
	for i, c := range l.cells {
		if c.text != "" {
			if len(texts) == 0 {
				r.pairCol = i
			}
			texts = append(texts, c.text)
		}
	}
	if len(texts) != 2 {
		return false
	}
	return pairAuthority(texts[0]) && pairAuthority(texts[1]) ||
		r.recipientsEnded() && pairTitle(texts[0]) && pairTitle(texts[1])
}

// pairAuthority reports whether a cell is a signer's authority line.
func pairAuthority(t string) bool {
	return authorityLine(t) && capsTitle(t) && utf8.RuneCountInString(t) < 60
}

// pairTitle reports whether a cell is a signer's title in capitals.
func pairTitle(t string) bool {
	return capsTitle(t) && utf8.RuneCountInString(t) < 40 && !labelRe().MatchString(t)
}

// pairEnd reads a row of two signatures side by side: the first
// signature's cell (at pairCol, and any empty cell before it) as the
// signature, the later cells kept for pairFlush.
func (r *reader) pairEnd(l line) {
	r.paired = true
	for i, c := range l.cells {
		for _, p := range signerParts(c) {
			if i <= r.pairCol {
				r.right(p)
			} else {
				r.second = append(r.second, p)
			}
		}
	}
}

// pairFlush puts the later column of two signatures side by side, kept
// by pairEnd, under the first as lines after the signature, once the
// table has ended.
func (r *reader) pairFlush() {
	if !r.paired {
		return
	}
	for _, c := range r.second {
		if c.text != "" && !signNoteRe().MatchString(c.text) {
			r.add(Appendix, c)
		}
	}
	r.paired, r.second = false, nil
}
