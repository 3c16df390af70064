package plain

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// A PDF's text layer taken out without its layout (pdftotext with no
// -layout, a PDF viewer's copy) gives each line of the page as a line of
// text, flush left: the header's and the end block's columns one after
// the other, each cell's lines one under the other, and the body's
// paragraphs broken where the page's right edge broke them, with no
// blank line between them (a page number between blank lines where a
// page turns). A proportional font's justified lines stop short of one
// width by a few characters, unevenly, so no library's even width
// (hard_wrap.go) shows them; what shows them is many long lines that
// stop inside a sentence with the next going on with it, and sentences'
// ends with the next paragraph right under them. pageWraps tells such a
// text and says which lines go on from the line above; joined, the text
// reads one paragraph a line, as a Word text does.

const (
	// pageWidthMin and pageWidthMax bound the characters a page's line
	// holds: A4 portrait in the decree's 13 to 14 point type holds some
	// 75 to 95; a smaller type, more.
	pageWidthMin, pageWidthMax = 55, 130
	// pageWrapsLeast is the fewest lines stopped inside a sentence at
	// the page's edge that show a page's text.
	pageWrapsLeast = 3
)

// pageReading is how a page's text layer's lines read: for each line,
// whether it goes on with the line of text above it, a piece of one
// paragraph that the page's right edge broke off (cont); which lines are
// the page's number between two pages, to be dropped when a paragraph
// goes on over them (drop); the footnotes at the pages' feet
// (page_notes.go), dropped where they stand, to be read after the rest;
// and the header's cells put apart by pdftotext, by the index of a
// cell's start the index of its rest (page_cells_apart.go), which is
// read after it; and the notes' marks pdftotext gave in the body's lines
// as bare figures (page_note_marks.go); and which lines open a table's
// cell, a table's cells one under the other (page_table_cells.go); and
// where a dash pdftotext dropped at a line's end stood, by the line's
// index the byte offset of its space (page_dash_join.go).
type pageReading struct {
	cont, drop, cell []bool
	notes            []footNote
	after, dash      map[int]int
	marks            []noteMark
}

// pageWraps returns how raws read as a page's text layer, or nil when
// the text is no page's text layer (pageText).
func pageWraps(raws []rawLine) *pageReading {
	least, wraps := pageLeast(raws) // page_feed_end.go
	width := pageWidth(raws, least)
	if width == 0 {
		return nil
	}
	top, listed := headerEnd(raws), false
	foot, notes := footNotes(raws, top, width)
	if rest := withoutLines(raws, foot); foot != nil {
		width = pageWidth(rest, least) // the notes' smaller type holds more letters than the body's line
		if width == 0 || !pageText(rest, width, wraps) {
			return nil
		}
	} else if !pageText(raws, width, wraps) {
		return nil
	}
	cont, drop := make([]bool, len(raws)), make([]bool, len(raws))
	opened := make([]int, len(raws)) // the first line of each line's paragraph
	for i, r := range raws {
		opened[i] = i
		listed = listed || endLabel(strings.TrimSpace(r.s))
		if foot != nil && foot[i] {
			drop[i] = true
			continue
		}
		if i <= top && aboutGoesOn(raws, opened, i) {
			cont[i], opened[i] = true, opened[i-1] // a V/v wrapped in its cell (page_about_wrap.go)
			continue
		}
		if i <= top && !goesOnText(strings.TrimSpace(r.s)) {
			continue // the header's cells, one under the other, read as they stand but a cell's line wrapped ("V/v hướng dẫn thực hiện" / "nạo vét ...", "Quyết định" / "06/2010/QĐ-TTg ...")
		}
		if t := strings.TrimSpace(r.s); pageNumberRe().MatchString(t) {
			drop[i] = pageTurn(raws, i)
			continue
		}
		p, gap := lineAbove(raws, i, foot)
		if i <= top && p >= 0 && mottoRe().MatchString(strings.TrimSpace(raws[p].s)) {
			continue // the Quốc hiệu or the Tiêu ngữ stands whole: a cell of the other column under it ("tháng 10 năm 2024" of a date typed with blanks) is no piece of it
		}
		if p < 0 || !linesGoOn(raws[p].s, raws[i].s, width, i > top, listed, paraAt(raws, opened, p)) &&
			!(listed && len(gap) == 0 && recipientDashWrap(raws, p, i)) { // page_recipient_dash.go
			continue
		}
		cont[i], opened[i] = true, opened[p]
		for _, k := range gap {
			drop[k] = true
		}
	}
	return &pageReading{cont: cont, drop: drop, notes: notes, after: cellsApart(raws, top), marks: noteMarks(raws, notes),
		cell: tableCells(raws, width, cont, foot), dash: dashJoins(raws, top, width, foot)}
}

// pageWidth is the characters the page's full lines hold: the length
// that one line in twenty of those with words reaches or passes (a long
// web address, a line of leader dots, over it); 0 when fewer than least
// lines have words, when that is no page's width, or when more than two
// lines of words are much longer
// (paragraphs typed on one line: no page broke them; a title or a trích
// yếu copied whole may be one).
func pageWidth(raws []rawLine, least int) int {
	var ns []int
	for _, r := range raws {
		t := strings.TrimSpace(r.s)
		if !wrappable(t) || strings.Count(t, " ") < 3 {
			continue
		}
		ns = append(ns, utf8.RuneCountInString(t))
	}
	if len(ns) < least {
		return 0
	}
	slices.Sort(ns)
	w := ns[len(ns)-1-len(ns)/20]
	if w < pageWidthMin || w > pageWidthMax || len(ns) > 2 && ns[len(ns)-3] > w+w/4 {
		return 0
	}
	return w
}

// pageText reports whether a text of lines no longer than width reads as
// a page's text layer: of its full lines (full), more stop inside a
// sentence with a line under them than end one, wraps of them or more
// with the next line going on in small letters, and those are
// more than twice the lines of the body that stop short of the width
// inside a sentence and go on so (a web page's text broken wherever its
// source was; the header's and Nơi nhận's cells wrap narrow); and its
// paragraphs stand one right under the other: more lines ending a
// sentence have the next paragraph right under them than a blank line (a
// text parted by blank lines reads as such). A lone "|" is a web page's
// table cell: its text is a page served as HTML, no PDF's.
func pageText(raws []rawLine, width, wraps int) bool {
	goOn, end, wrapped, short, packed, parted := 0, 0, 0, 0, 0, 0
	top, ended := headerEnd(raws), false
	for i, r := range raws {
		t := strings.TrimSpace(r.s)
		if t == "|" {
			return false // a web page's table cell, no page's line
		}
		ended = ended || endLabel(t)
		if t == "" || i+1 == len(raws) {
			continue
		}
		next := strings.TrimSpace(raws[i+1].s)
		if full(t, width) && next != "" {
			if finished(t) {
				end++
			} else {
				goOn++
			}
		}
		switch {
		case next == "" && finished(t) && !lastText(raws, i) && !underTitle(raws, i) && !endBlockNext(raws, i):
			parted++
		case next == "":
		case startsLower(next) && !cite.HasMarker(next) && !finished(t) && full(t, width):
			wrapped++
		case startsLower(next) && !cite.HasMarker(next) && !finished(t) && i > top && !ended:
			short++ // not a cell's line of the header or of Nơi nhận, which wrap in their narrow cells
		case finished(t) && (paraOpens(next) || cite.HasMarker(next)):
			packed++
		}
	}
	return wrapped >= wraps && 2*short < wrapped && goOn > end && packed > parted
}

// full reports whether line t stops near the page's right edge: within
// a fifth of the width, as a justified line in a proportional font holds
// more or fewer letters, and a paragraph's first line is indented.
func full(t string, width int) bool {
	return utf8.RuneCountInString(t) >= width-width/5
}

// headerEnd is the index of the tên loại ("THÔNG BÁO") among the first
// lines of text, or of the place and date when no tên loại follows (a
// Công văn), or -1: the lines down to it are the header's cells, each a
// line, that no paragraph runs through.
func headerEnd(raws []rawLine) int {
	end, n := -1, 0
	for i, r := range raws {
		t := strings.TrimSpace(r.s)
		if t == "" {
			continue
		}
		if _, ok := cite.TitleType(strings.Fields(t)[0] + " " + secondWord(t)); ok || isTitle(t) {
			return i
		}
		if placeDateRe().MatchString(t) {
			end = i
		}
		if n++; n > 2*topLines {
			break
		}
	}
	return end
}

// secondWord is the second word of t, or "".
func secondWord(t string) string {
	if f := strings.Fields(t); len(f) > 1 {
		return f[1]
	}
	return ""
}

// pageTurn reports whether raws[i] stands where a page turns: it starts
// the next page with a form feed, or the next line does.
func pageTurn(raws []rawLine, i int) bool {
	return strings.HasPrefix(raws[i].s, "\f") || i+1 < len(raws) && strings.HasPrefix(raws[i+1].s, "\f")
}

// lineAbove is the index of the line of text above raws[i], and the
// lines between: none, or a page's turn (blank lines, a form feed, the
// page's number alone on its line). -1 when raws[i] is blank, or lines
// with no turn of the page part it from the text above (a blank line, a
// footnote's number). The lines of skip (a page's footnotes) stand
// between as blank lines do.
func lineAbove(raws []rawLine, i int, skip []bool) (int, []int) {
	if strings.TrimSpace(raws[i].s) == "" {
		return -1, nil
	}
	turned := strings.HasPrefix(raws[i].s, "\f")
	var gap []int
	numbers := 0
	for j := i - 1; j >= 0; j-- {
		t := strings.TrimSpace(raws[j].s)
		if skip != nil && skip[j] {
			t = ""
		}
		if t != "" && !pageNumberRe().MatchString(t) {
			if len(gap) > 0 && (!turned || numbers > 1) {
				return -1, nil
			}
			return j, gap
		}
		if t != "" {
			numbers++
		}
		turned = turned || strings.HasPrefix(raws[j].s, "\f")
		gap = append(gap, j)
	}
	return -1, nil
}

// pageGoesOn reports whether line s, under line prev of a page's text,
// is a piece of prev's paragraph: s is no part a notice sets on a line
// of its own (ownLine), no point of a list, no heading, and either
// starts in small letters, or with a figure under a line that ends no
// sentence ("ngày" / "21 tháng 3 năm 2018"); or prev ends no sentence
// and s goes on with it: prev ends with a comma or a word that wants the
// rest of its phrase ("của", "và"); or, s in capitals only if prev is,
// prev stopped where s's first word would not have fitted (noRoom), or,
// with no mark of a point or heading before it and no line of its own
// (the Kính gửi), near the right edge (full): a paragraph ends with its
// mark, and a line that ends with none short of the edge is a heading's.
func pageGoesOn(prev, s string, width int) bool {
	p, t := strings.TrimSpace(prev), strings.TrimSpace(s)
	if !wrappable(p) || !wrappable(t) || ownLine(t) || endLabel(t) || enactVerb(t) {
		return false
	}
	if numberWanted(p, t) {
		return true
	}
	if cite.HasMarker(t) || pointStart(t) || bulletStart(t) {
		return false
	}
	if startsLower(t) || goesOnText(t) && !finished(p) && strings.Contains(p, " ") {
		return true // but the number under its label "Số" typed alone with no colon, which the header's reading pairs (number_apart.go)
	}
	if finished(p) {
		return false
	}
	if strings.HasSuffix(p, ",") || joinWords[lastWord(p)] {
		return true
	}
	if isUpper(p) != isUpper(t) {
		return false
	}
	return noRoom(p, t, width) || full(p, width) && !cite.HasMarker(p) && !ownLine(p)
}

// linesGoOn reports whether line s of a page's text goes on with the
// line p above it: as any line does (pageGoesOn); in Nơi nhận (listed),
// a recipient wrapped in its cell; in the body under the header (body),
// a name broken at the page's edge (page_name_wraps.go) or a list's run
// broken after a semicolon (page_semicolon_wrap.go), p standing in its
// paragraph as at says.
func linesGoOn(p, s string, width int, body, listed bool, at lineAt) bool {
	switch {
	case pageGoesOn(p, s, width):
		return true
	case listed:
		return recipientGoesOn(p, s)
	}
	p, s = strings.TrimSpace(p), strings.TrimSpace(s)
	return body && (nameWrap(p, s, width, at) || semicolonWrap(p, s, width, at))
}

// lineAt is where a line stands in its paragraph: its first line
// (opens), in a point or a dash's item (item); the paragraph's first
// line (first) and its text down to the line (text).
type lineAt struct {
	opens, item bool
	first, text string
}

// paraAt is where raws[p] stands in its paragraph, whose first line
// opened says.
func paraAt(raws []rawLine, opened []int, p int) lineAt {
	t := strings.TrimSpace(raws[opened[p]].s)
	var text []string
	for k := opened[p]; k <= p && strings.HasSuffix(strings.TrimSpace(raws[p].s), ";"); k++ {
		if opened[k] == opened[p] {
			text = append(text, strings.TrimSpace(raws[k].s)) // only semicolonWrap reads it
		}
	}
	return lineAt{opens: opened[p] == p, item: cite.HasMarker(t) || pointStart(t) || bulletStart(t), first: t, text: strings.Join(text, " ")}
}

// recipientGoesOn reports whether line s of Nơi nhận goes on with the
// recipient above it, wrapped in the end block's narrow cell: prev opens
// with a dash and ends with no mark, s opens with none and is no
// signer's line in capitals ("- VPCP: BTCN, các PCN, Trợ lý, Thư ký
// PTTg" / "Trần Hồng Hà, các Vụ: NN, CN, PL,").
func recipientGoesOn(prev, s string) bool {
	p, t := strings.TrimSpace(prev), strings.TrimSpace(s)
	return (strings.HasPrefix(p, "-") || strings.HasPrefix(p, "+")) && !finished(p) &&
		!cite.HasMarker(t) && !bulletStart(t) && !isUpper(t) && !ownLine(t)
}

// numberWanted reports whether a line that starts like a point or a
// dash goes on with the line above it: that line ends with a word that
// wants a number after it ("tại Mục" / "1. Phần II ...", "Điều",
// "khoản"), or with a year that a dash and a year close as a span
// ("giai đoạn 2026" / "- 2030, ...").
func numberWanted(p, t string) bool {
	if finished(p) || !strings.Contains(p, " ") {
		return false // the number's label "Số" alone, which the header's reading pairs with its number (number_apart.go)
	}
	if numberWords[strings.ToLower(lastWord(p))] {
		return numeralStartRe().MatchString(t)
	}
	return yearEndRe().MatchString(p) && yearSpanRe().MatchString(t)
}

// numberWords want a number or a numeral after them.
var numberWords = map[string]bool{"mục": true, "điều": true, "khoản": true, "điểm": true, "phần": true, "chương": true, "số": true}

var (
	numeralStartRe = lazyre.New(`^(?:\d|[IVXL]+[.,\s])`)
	yearEndRe      = lazyre.New(`\b(?:19|20)\d\d$`)
	yearSpanRe     = lazyre.New(`^[-–]\s*(?:19|20)\d\d\b`)
)

// noRoom reports whether line p stopped at the page's right edge: the
// first word of the line under it would not have fitted after it, short
// of the width by a little, as a proportional font's justified line
// holds more narrow letters than wide ones.
func noRoom(p, t string, width int) bool {
	first, _, _ := strings.Cut(t, " ")
	return utf8.RuneCountInString(p)+1+utf8.RuneCountInString(first) > width-max(4, width/16)
}

// bulletStart reports whether t opens with a bullet a page renders for a
// Word list, or a dash that is no minus of a figure.
func bulletStart(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("•◦▪●–—*", r) || r == '-' && !unicode.IsDigit(nextRune(t[1:]))
}

// nextRune is the first character of s, or 0.
func nextRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// withoutLines returns raws without the lines skip says (nil: none).
func withoutLines(raws []rawLine, skip []bool) []rawLine {
	if skip == nil {
		return raws
	}
	var rs []rawLine
	for i, r := range raws {
		if !skip[i] {
			rs = append(rs, r)
		}
	}
	return rs
}

// keptLines returns raws and their cont without the lines drop says,
// each header cell's rest right after its start, going on with it, and
// the footnotes after them, each a line: its first line carries its
// number, the next go on with it; a number set at the end of a body's
// line is cut from it and the dash pdftotext dropped there given back
// (only a line that ended with a dash runs on with no line's end), as
// one dropped inside a line (page_dash_join.go).
func (pl *pageReading) keptLines(raws []rawLine) ([]rawLine, []bool) {
	marks := map[int]string{}
	for _, n := range pl.notes {
		if n.markAt >= 0 {
			marks[n.markAt] = n.number
		}
	}
	moved := map[int]bool{}
	for _, k := range pl.after {
		moved[k] = true
	}
	var rs []rawLine
	var cs []bool
	for i, r := range raws {
		if at, ok := pl.dash[i]; ok {
			r.s = withDash(r.s, at)
		}
		if n, ok := marks[i]; ok {
			r.s = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(r.s, " \t"), n), " \t") + " -"
		}
		if pl.drop[i] || moved[i] {
			continue
		}
		r.cell = pl.cell != nil && pl.cell[i]
		rs, cs = append(rs, r), append(cs, pl.cont[i])
		if k, ok := pl.after[i]; ok {
			rs, cs = append(rs, raws[k]), append(cs, true)
		}
	}
	for _, n := range pl.notes {
		for k, i := range n.lines {
			r := raws[i]
			if k == 0 {
				r.note = n.number
			}
			rs, cs = append(rs, r), append(cs, k > 0)
		}
	}
	return rs, cs
}
