package check

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// gluedFigureWord reports a figure typed against the Vietnamese word after
// it, with no space ("150.000 đồng/1hồ sơ", "Phụ lục 1Phụ lục 2", "năm
// 2009để tổng hợp"), and a word typed against the figure after it ("3
// lớp1", gluedWordFigure) (r72b). Whatever the word, a figure and a word
// are parted by a space as any two words are; the word must be spelt as
// one Vietnamese syllable and carry a Vietnamese mark or letter, so a unit
// ("5ha", "1kg", "20m2"), the đồng's sign ("50.000đ"), a code ("2013NĐ-CP",
// "29A") and a word of another language are left. A figure opening its
// paragraph or a dashed line is a footnote's number as Word exports it
// ("1Thông tư ..."), and one after a letter or a sign is part of a code
// ("F0", "BCĐQG1237"): both are left. The words gluedCount, gluedDate and
// gluedHour say are theirs ("01điểm", "năm2021", "13giờ"). Only the words
// of the text index with a digit beside them are looked at, in the texts
// the index says hold one.
func gluedFigureWord(p *Pass) {
	segs := p.View.textSegs()
	for _, seg := range segs {
		if seg.Role == RoleArchive || !p.View.holdsDigit(seg.Text) {
			continue
		}
		text := seg.Text
		x := p.View.index(text)
		for _, w := range x.words {
			switch {
			case w.off > 0 && isDigit(text[w.off-1]):
				if !gluedWordAfterFigure(w.text) {
					continue
				}
				if from := figureRunStart(text, w.off); from >= 0 {
					reportGlued(p, seg, w.off, text[from:w.off], w.text)
				}
			case w.end < len(text) && isDigit(text[w.end]):
				gluedWordFigure(p, seg, segs, w)
			}
		}
	}
}

// isASCIILetter reports whether c is a letter of ASCII.
func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// gluedWordAfterFigure reports whether w, glued after a figure, is a
// Vietnamese word: one syllable carrying a Vietnamese mark or letter
// beside its vowel, in small letters, with its first capital or all in
// capitals, and not a word another check of glued figures says. A lone
// capital letter is a code's, whatever its mark ("Ô1", "Ơ2", "Â3", as
// "A1"), rv72b.
func gluedWordAfterFigure(w string) bool {
	low := strings.ToLower(w)
	if gluedFigureWords()[low] || !vietSyllable(w) || !hasVowel(w) {
		return false
	}
	if len(leadingRune(w)) == len(w) && w == strings.ToUpper(w) {
		return false // a code's one capital letter, as "A1" and "N2": "ô quy hoạch Ô1", "lô Ơ2"
	}
	if rest := w[len(leadingRune(w)):]; rest != strings.ToLower(rest) && w != strings.ToUpper(w) {
		return false // a name's mixed case: "1TênRiêng"
	}
	for _, r := range low {
		if r >= utf8.RuneSelf && r != 'đ' {
			return true
		}
	}
	return false // no mark but "đ": "đ", "đô" read as a sign or a loan
}

// leadingRune is the first character of w.
func leadingRune(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	return w[:n]
}

// gluedFigureWords are the words the other checks of glued figures say:
// gluedCount's counts, gluedDate's date words, gluedHour's hour words.
var gluedFigureWords = sync.OnceValue(func() map[string]bool {
	return setOf(append([]string{"ngày", "tháng", "năm", "giờ", "phút"}, countWords...)...)
})

// figureRunStart is where the figure that ends at byte end of text
// starts (its digits, and points or commas between digits), or -1 when
// the figure is part of a code (a letter, a slash or a sign of a code
// right before it) or opens its paragraph or a dashed line: a footnote's
// number ("1Thông tư", "- 2Quyết định"). After a slash it is read when
// a word stands before the slash: "đồng/1hồ sơ", a sum and what it is for.
func figureRunStart(text string, end int) int {
	from := end
	for from > 0 && (isDigit(text[from-1]) || (text[from-1] == '.' || text[from-1] == ',') && from >= 2 && isDigit(text[from-2])) {
		from--
	}
	if from > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:from])
		slash := r == '/' && from >= 2 && !isDigit(text[from-2])
		if r != ' ' && r != '(' && !slash {
			return -1 // "F0", "QĐ06"; a date's year is gluedSlashDate's ("30/9/2017để")
		}
	}
	before := strings.TrimSpace(text[:from])
	if before == "" || strings.Trim(before, "-–+•*") == "" {
		return -1
	}
	return from
}

// gluedWordFigure reports a Vietnamese word typed against the figure after
// it: "Dự kiến mở 3 lớp1 với 105 học sinh", "giai đoạn2013-2015", "Chỉ
// thị số48-CT/TW" (r72b). The word is one syllable carrying a Vietnamese
// mark or letter, so a code ("ĐT851", "QĐ06", "Km0", "F0") is left; the
// figure goes on with a space, a comma, a bracket or the dash or slash of
// a span or a number. A figure before a full stop or at the paragraph's
// end is a footnote's mark as a Word file exports it ("phê duyệt2.") or a
// list's number the page ran on ("luật1. Khi"), and one whose number opens
// a paragraph of the text is a footnote's mark too ("Luật Đất đai1 quy
// định" over "1 Luật số ..."): left. The date, hour and quantity words
// are gluedDate's, gluedHour's and gluedCount's ("ngày15/3", "năm2021",
// "diện tích227,5").
func gluedWordFigure(p *Pass, seg *Seg, segs []*Seg, w wordAt) {
	text := seg.Text
	if w.off > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:w.off]); r != ' ' && r != '(' {
			return // inside a code or a link: "BCĐQG1237", "-Đ1"
		}
	}
	end := w.end
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	if end == len(text) || !strings.ContainsRune(" ,;:)-/", rune(text[end])) && !strings.HasPrefix(text[end:], "–") {
		return
	}
	if !gluedWordAfterFigure(w.text) || quantityWord(text[:w.off], w.text) || footnoteNumber(segs, text[w.end:end]) {
		return
	}
	reportGlued(p, seg, w.end, w.text, text[w.end:end])
}

// quantityWord reports whether word, with the text before it, is one of
// gluedCount's words of quantity ("diện tích", "tổng số", "số lượng",
// "tổng cộng").
func quantityWord(before, word string) bool {
	switch strings.ToLower(word) {
	case "tích", "lượng", "cộng":
		return true
	case "số":
		return strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " ")), "tổng")
	}
	return false
}

// footnoteNumber reports whether some paragraph of segs opens with the
// number n, after a dash or not, then a space or a letter: a footnote's own
// line ("1 Luật số 80/2015/QH13 ...", "- 1Thông tư ..."), whose mark a
// Word file exports glued to the word it stands on. A footnote whose
// number the reading set apart (noteNo: the raised "1" alone over its
// text in a pdftotext -layout copy) opens with it too.
func footnoteNumber(segs []*Seg, n string) bool {
	for _, s := range segs {
		if s.noteNo == n {
			return true
		}
		t := strings.TrimLeft(s.Text, " -–+")
		if !strings.HasPrefix(t, n) || len(t) == len(n) {
			continue
		}
		if c := t[len(n)]; c == ' ' || c == '\t' || c >= utf8.RuneSelf || isASCIILetter(c) {
			return true // not a point's "1." or "1)"
		}
	}
	return false
}
