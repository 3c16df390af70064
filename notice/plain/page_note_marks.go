package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A footnote's mark is a raised figure after the word it explains. A
// page's text layer taken out without its layout (page_wraps.go) gives
// it as a bare figure in the body's line, a space before it: "được
// Chính phủ 1, Thủ tướng Chính phủ 2, ...", "năm 2024 6, đảm bảo", read
// as words of the sentence. What tells a mark from a figure of the
// sentence is the page's foot: it holds the note of that number
// (page_notes.go), and the marks of a page's notes stand in the order of
// their numbers. noteMarks finds them; cutNoteMarks takes each out of
// its paragraph's text and gives it to the paragraph as a note's mark,
// as a Word text's raised figure is read.

// noteMark is a note's mark in a body's line: the offset in the file of
// its figure's first byte, and the note's number.
type noteMark struct {
	off    int
	number string
}

// figureSpot is where a figure stands among the page's lines: the line's
// index and the byte in it.
type figureSpot struct{ line, at int }

func (a figureSpot) before(b figureSpot) bool {
	return a.line < b.line || a.line == b.line && a.at < b.at
}

// noteMarks returns the marks of notes in the body's lines of the pages
// whose feet hold them. On each page, a figure that is a note's number,
// alone after a word, is a sure mark when that word wants no number
// (numberTakers) and a mark, a clause's end or a small word follows it
// ("Chính phủ 1,", "tích cực 4.", "UBND tỉnh 5 và"), or when it follows
// a year ("năm 2024 6,"); a note with one sure mark on the page has it,
// when the sure marks stand in their notes' order. A note left with
// none takes the one figure of its number between the marks of the notes
// before and after it ("chuyển đổi số 3 giao"). A note's number that
// pdftotext set at the end of the body's line over the foot (markAt) is
// the note's, no mark, and is cut from that line.
func noteMarks(raws []rawLine, notes []footNote) []noteMark {
	var out []noteMark
	for a := 0; a < len(notes); {
		b := a + 1
		for b < len(notes) && notes[b].foot == notes[a].foot {
			b++
		}
		out = append(out, pageNoteMarks(raws, notes[a:b])...)
		a = b
	}
	return out
}

// pageNoteMarks finds the marks of notes, the notes at one page's foot.
func pageNoteMarks(raws []rawLine, notes []footNote) []noteMark {
	start := notes[0].foot
	for start > 0 && !strings.HasPrefix(raws[start].s, "\f") {
		start--
	}
	at := make([]figureSpot, len(notes))
	found := make([]bool, len(notes))
	for k, n := range notes {
		sure := figures(raws, start, notes[0].foot, n.number, true)
		if len(sure) == 1 {
			at[k], found[k] = sure[0], true
		}
	}
	dropDisorder(at, found)
	for k, n := range notes {
		if found[k] {
			continue
		}
		lo, hi := figureSpot{start, -1}, figureSpot{notes[0].foot, 0}
		for j := k - 1; j >= 0; j-- {
			if found[j] {
				lo = at[j]
				break
			}
		}
		for j := k + 1; j < len(notes); j++ {
			if found[j] {
				hi = at[j]
				break
			}
		}
		var in []figureSpot
		for _, f := range figures(raws, start, notes[0].foot, n.number, false) {
			if lo.before(f) && f.before(hi) {
				in = append(in, f)
			}
		}
		if len(in) == 1 {
			at[k], found[k] = in[0], true
		}
	}
	var out []noteMark
	for k, n := range notes {
		if found[k] {
			out = append(out, noteMark{raws[at[k].line].off + at[k].at, n.number})
		}
	}
	return out
}

// dropDisorder forgets the marks found out of their notes' order: each
// found mark must stand after the one before it.
func dropDisorder(at []figureSpot, found []bool) {
	last := -1
	for k := range at {
		if !found[k] {
			continue
		}
		if last >= 0 && !at[last].before(at[k]) {
			found[k], found[last] = false, false
			continue
		}
		last = k
	}
}

// figures returns where number stands alone after a word in the lines
// raws[from:to]: a word in letters (or closing a quotation or a bracket)
// or a year before it, a mark of a clause, a space or the line's end
// after it; with sure, only where the word wants no number and a mark,
// the line's end or a small word follows, or a year stands before.
func figures(raws []rawLine, from, to int, number string, sure bool) []figureSpot {
	var out []figureSpot
	for i := from; i < to; i++ {
		s := strings.TrimRight(raws[i].s, " \t")
		if i == to-1 || strings.TrimSpace(raws[i+1].s) == "" && i+2 >= to {
			s = strings.TrimSuffix(s, " "+number) // the note's own number, set at the end of the line over the foot (markAt)
		}
		for at := 0; ; {
			k := strings.Index(s[at:], " "+number)
			if k < 0 {
				break
			}
			k += at + 1
			at = k
			if f := figureAt(s, k, len(number)); f == sureFigure || f == someFigure && !sure {
				out = append(out, figureSpot{i, k})
			}
		}
	}
	return out
}

// How sure a figure is a note's mark, by the words about it.
const (
	noFigure = iota
	someFigure
	sureFigure
)

// figureAt says how sure the figure s[k:k+n] is a note's mark, as
// figures asks.
func figureAt(s string, k, n int) int {
	end := k + n
	if end < len(s) && !strings.ContainsRune(",.;: ", rune(s[end])) {
		return noFigure
	}
	if end+1 < len(s) && s[end] != ' ' && '0' <= s[end+1] && s[end+1] <= '9' {
		return noFigure // a number going on: "1,5 lần", "1.200 hồ sơ", "8:30"
	}
	before := lastField(s[:k])
	r, _ := utf8.DecodeLastRuneInString(before)
	switch {
	case yearRe().MatchString(before):
		return sureFigure
	case !unicode.IsLetter(r) && !strings.ContainsRune("”\")", r):
		return noFigure
	case numberTakers[strings.ToLower(lastWord(before))]:
		return someFigure
	}
	rest := strings.TrimSpace(s[end:])
	word, _, _ := strings.Cut(rest, " ")
	if rest == "" || !unicode.IsLetter(nextRune(rest)) || afterMark[word] {
		return sureFigure
	}
	return someFigure
}

// lastField is the last word of s, marks and all.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// numberTakers are words a figure of the sentence follows: a number's
// label, a count's verb, a place's or a time's name.
var numberTakers = map[string]bool{
	"số": true, "năm": true, "ngày": true, "tháng": true, "quý": true, "tuần": true, "khoản": true, "điều": true,
	"mục": true, "điểm": true, "phần": true, "chương": true, "lần": true, "thứ": true, "lúc": true, "đợt": true,
	"kỳ": true, "khóa": true, "khoá": true, "tổ": true, "nhóm": true, "phòng": true, "tầng": true, "trang": true, "lục": true,
	"bước": true, "đoạn": true, "cấp": true, "loại": true, "hạng": true, "bậc": true, "khu": true, "lô": true,
	"thửa": true, "tờ": true, "tiết": true, "câu": true, "bài": true, "mẫu": true, "biểu": true, "cột": true,
	"dòng": true, "có": true, "gồm": true, "là": true, "và": true, "hoặc": true, "đến": true, "từ": true,
	"tại": true, "với": true, "bằng": true, "khoảng": true, "hơn": true, "trên": true, "dưới": true, "giờ": true,
}

// afterMark are the small words that go on a sentence after a note's
// mark: a conjunction, a preposition, the verb a mark's noun governs.
var afterMark = map[string]bool{
	"và": true, "hoặc": true, "theo": true, "của": true, "để": true, "về": true, "đã": true, "giao": true,
	"thì": true, "nhằm": true, "cũng": true, "được": true, "là": true, "tại": true, "trong": true,
}

// cutNoteMarks takes each mark out of the read line that holds its
// figure, with the space before it, and gives the line the note's mark.
func cutNoteMarks(units []line, marks []noteMark) {
	if len(marks) == 0 {
		return
	}
	for i := range units {
		l := &units[i]
		if len(l.src) == 0 {
			continue
		}
		for _, m := range marks {
			if m.off < l.src[0] || m.off > l.src[len(l.src)-1] {
				continue
			}
			l.cutMark(m)
		}
	}
}

// cutMark takes mark m out of l's text, with the space before it, and
// adds its number to the line's notes.
func (l *line) cutMark(m noteMark) {
	for k, off := range l.src {
		if off != m.off || !strings.HasPrefix(l.text[k:], m.number) {
			continue
		}
		a, b := k, k+len(m.number)
		if a > 0 && l.text[a-1] == ' ' {
			a--
		}
		l.text = l.text[:a] + l.text[b:]
		l.src = append(l.src[:a:a], l.src[b:]...)
		l.notes = append(l.notes, m.number)
		return
	}
}

// columnNoteMarks are the notes' marks of a text pdftotext laid out in
// columns (the header's cells side by side): its pages' feet hold the
// notes as a page's text layer's do, and its body's lines the marks as
// bare figures, "của Văn phòng Ủy ban nhân dân tỉnh 1 cơ bản được"; read
// as pageWraps reads them, they are taken out of the lines the same way.
func columnNoteMarks(raws []rawLine) []noteMark {
	least, _ := pageLeast(raws)
	width := pageWidth(raws, least)
	if width == 0 {
		return nil
	}
	_, notes := footNotes(raws, headerEnd(raws), width)
	if len(notes) == 0 {
		return nil
	}
	return noteMarks(raws, notes)
}
