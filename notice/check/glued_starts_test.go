package check

import "testing"

// TestGluedWordsAsScanned holds glued-words, its words read at glueStarts
// alone, to its loop over every word as it stood at c4423df7
// (gluedWordsScanned; the other kinds of glued words left out of both),
// on every notice and text of testdata and on 100
// notices of made lines (words glued to a capital and to an
// abbreviation, syllables run together, words in capitals, web
// addresses, foreign names): the findings, both languages' message and
// fix, equal in number, order and text.
func TestGluedWordsAsScanned(t *testing.T) {
	views := append(testdataViews(t), madeGlueViews(t)...)
	sameAsOld(t, views, "glued-words", gluedWordsScanned, gluedWordsAt, 100)
}

// madeGlueViews are notices of made lines of the pieces glued-words
// reads.
func madeGlueViews(t *testing.T) []*View {
	pieces := []string{
		"mưu", "UBND", "tỉnh", "Tỉnh", "không", "họp", "HỌP", "KHÔNG", "Hà", "Nội", "nghiên", "cứu", "Nguyễn",
		"Văn", "An", "www.", "http://", "hanoi.gov.vn", "Jean", "Paul", "Smith", "ngày", "tháng", "năm",
		"HĐND", "CNTT", "Kế", "hoạch", "quyết", "định", "đầu", "tư", "xây", "dựng", "khoảng", "quốc", "gia",
		"VIỆT", "NAM", "aăâeêio", "huyện", "Xã", " ", " ", " ", ",", ".", "(", ")", "-", "/", "12", "3lần",
	}
	return madeViews(t, pieces, 88)
}

// gluedWordsScanned is gluedWords' loop over the words as it stood at
// c4423df7: every word of every text asked.
func gluedWordsScanned(p *Pass) {
	segs := withSegs(p.View.Texts())
	written := textWords(p.View, segs)
	known := knownOrCommon(written)
	for _, seg := range segs {
		x := p.View.index(seg.Text)
		for k, w := range x.words {
			i := x.lex[k].gluedAt()
			if i < 0 && seg.Role != RoleArchive && mayGlueSyllables(x.lex[k]) && !inWebAddress(seg.Text, w.off, w.end) && !inForeignName(x.words, k, seg.Text) {
				i = x.lex[k].syllablesGlued(known, p.View.lexicon().gen)
				if i >= 0 && !partsKnown(w.text[:i], w.text[i:], known, written) {
					continue
				}
			}
			if i >= 0 {
				left, right := w.text[:i], w.text[i:]
				reportGlued(p, seg, w.off+i, left, right)
			}
		}
	}
}
