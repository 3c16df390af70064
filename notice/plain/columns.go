package plain

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"golang.org/x/text/unicode/norm"
)

// A page laid out as pdftotext -layout writes it: each printed line on a
// line of text, a paragraph's first line indented, continuation lines
// flush with the margin, columns side by side parted by runs of spaces,
// page numbers on lines of their own, a form feed between pages, and the
// footnotes of a page at its foot ("1" on a line, the note's text below).
//
// columnUnits turns such a text into the units the reader takes: the
// header's and the signature's rows with their two columns apart,
// paragraphs joined from their lines (across page breaks too), footnotes,
// and blank lines between the parts.

// pline is a line of a laid-out page.
type pline struct {
	rawLine
	page  bool   // the first line of a page after the first
	blank bool   // no text
	ind   int    // columns before the text
	spans []cols // the texts of the line parted by two spaces or more
}

// cols is a run of text of a line: bytes [a, b), columns [ca, cb).
type cols struct{ a, b, ca, cb int }

func (l pline) end() int {
	if len(l.spans) == 0 {
		return 0
	}
	return l.spans[len(l.spans)-1].cb
}

func (l pline) text() string { return strings.TrimSpace(l.s) }

// key is the text of a line in NFC, for matching keywords.
func (l pline) key() string { return norm.NFC.String(l.text()) }

var pageNumberRe = lazyre.New(`^(?:-\s*)?\d{1,3}(?:\s*-)?$`)

// pageLines reads the lines of the pages, dropping page numbers and the
// blank lines at the top of a page.
func pageLines(raws []rawLine) []pline {
	var out []pline
	newPage := false
	for i, r := range raws {
		for strings.HasPrefix(r.s, "\f") {
			r.s, r.off = r.s[1:], r.off+1
			newPage = i > 0
		}
		l := pline{rawLine: r, ind: indent(r.s), spans: spansOf(r.s)}
		l.blank = len(l.spans) == 0
		if !l.blank && pageFolio(raws, i, l, newPage) {
			newPage = true
			continue
		}
		if l.blank && newPage {
			continue
		}
		if !l.blank && newPage {
			l.page, newPage = true, false
		}
		out = append(out, l)
	}
	return out
}

// folioRe is a page's number as some offices' systems print it in words:
// "Trang 2", "Trang 2/3".
var folioRe = lazyre.New(`^[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?$`)

// dashedFolioRe is a page's number between dashes, "- 2 -": no list's
// line, whose dash stands before its text only.
var dashedFolioRe = lazyre.New(`^-\s*\d{1,3}\s*-$`)

// pageFolio reports whether line i, l, is the page's number, not text: a
// number alone ("2") set in from the margin at the top or the foot of a
// page; "- 2 -" or "Trang 2" there, whatever its indentation; or a number
// alone at the very top of a page (top: no text yet on the page) with a
// blank line under it, flush left or not, where a list going on over the
// page would otherwise read it as its next line.
func pageFolio(raws []rawLine, i int, l pline, top bool) bool {
	t := l.text()
	switch {
	case folioRe().MatchString(t) || dashedFolioRe().MatchString(t):
		return pageEdge(raws, i)
	case !pageNumberRe().MatchString(t):
		return false
	case l.ind >= 15:
		return pageEdge(raws, i)
	}
	return top && i+1 < len(raws) && strings.TrimSpace(raws[i+1].s) == ""
}

// pageEdge reports whether line i stands at the top or the foot of a page:
// after a form feed, or with only blank lines before the next form feed or
// the end.
func pageEdge(raws []rawLine, i int) bool {
	if strings.HasPrefix(raws[i].s, "\f") || i > 0 && strings.TrimSpace(raws[i-1].s) == "" && i > 1 && strings.HasPrefix(raws[i-2].s, "\f") {
		return true
	}
	for _, r := range raws[i+1:] {
		if strings.HasPrefix(r.s, "\f") {
			return true
		}
		if strings.TrimSpace(r.s) != "" {
			return false
		}
	}
	return true
}

// spansOf parts a line at runs of two spaces or more.
func spansOf(s string) []cols {
	var out []cols
	col, start, startCol, spaces := 0, -1, 0, 0
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\f' {
			spaces++
		} else {
			if start >= 0 && spaces >= 2 {
				out = append(out, cols{start, end(s, start, i), startCol, col - spaces})
				start = -1
			}
			if start < 0 {
				start, startCol = i, col
			}
			spaces = 0
		}
		col++
	}
	if start >= 0 {
		out = append(out, cols{start, len(strings.TrimRight(s, " \t")), startCol, col - spaces})
	}
	return out
}

// end is the byte end of the text that starts at start, before the spaces
// that end at i.
func end(s string, start, i int) int {
	return start + len(strings.TrimRight(s[start:i], " \t\f"))
}

var labelKey = lazyre.New(`(?i)^n[oơ]i nh[aáàảãạâấầẩẫậ]n\b`)

// columnUnits reads a laid-out text into units.
func columnUnits(raws []rawLine) []line {
	ls := pageLines(raws)
	title, label := -1, -1
	for i, l := range ls {
		if isTitle(l.key()) {
			title = i
			break
		}
	}
	for i := title + 1; i < len(ls); i++ {
		if labelKey().MatchString(ls[i].key()) {
			label = i
			break
		}
	}
	var out []line
	bodyFrom := 0
	if title >= 0 {
		out = append(out, twoColumns(ls[:title])...)
		out = append(out, line{}, cleanLine(ls[title].s, ls[title].off, ls[title].num, false))
		sub := title + 1
		for sub < len(ls) && !ls[sub].blank && sub != label {
			sub++
		}
		if s := joinLines(ls[title+1 : sub]); s.text != "" {
			out = append(out, s)
		}
		out = append(out, line{})
		bodyFrom = sub
	} else if h := headerBlock(ls); h > 0 {
		out = append(out, twoColumns(ls[:h])...)
		out = append(out, line{})
		bodyFrom = h
	}
	closing, after := len(ls), len(ls)
	if label >= bodyFrom {
		closing = pairedAbove(ls, bodyFrom, label) // end_pair.go
		if closing == label {
			closing = signerAbove(ls, bodyFrom, label)
		}
		after = closingEnd(ls, label, footLines(raws)) // end_foot_note.go
	}
	out = append(out, paragraphs(ls[bodyFrom:closing])...)
	if closing < len(ls) {
		out = append(out, line{})
		if rows, ok := besideColumns(ls[closing:after]); ok { // columns_beside.go
			out = append(out, rows...)
		} else {
			out = append(out, twoColumns(ls[closing:after])...)
		}
		out = append(out, line{})
		out = append(out, paragraphs(ls[after:])...)
	}
	return out
}

// headerBlock is the number of leading lines that make a header without a
// title (a Công văn, a notice that lost its title): the lines before the
// "Kính gửi" line that follows it, or else up to the first blank line,
// when some of them have two columns.
func headerBlock(ls []pline) int {
	two := false
	for i, l := range ls {
		if i >= maxHeaderLines {
			break
		}
		if !l.blank && addresseeRe().MatchString(l.key()) {
			if two {
				return i
			}
			return 0
		}
		if len(l.spans) > 1 && l.spans[len(l.spans)-1].ca-l.spans[0].cb >= 3 {
			two = true
		}
	}
	for i, l := range ls {
		if l.blank {
			if two {
				return i
			}
			return 0
		}
	}
	return 0
}

// maxHeaderLines bounds the header of a page: the issuer, the number, the
// Quốc hiệu, the place and date, a trích yếu of several lines.
const maxHeaderLines = 25

// signerAbove moves the start of the signature up from the Nơi nhận label
// to an authority line standing alone in the right column just above it.
func signerAbove(ls []pline, from, label int) int {
	i := label - 1
	for i > from && ls[i].blank {
		i--
	}
	if i > from && ls[i].ind >= 20 && authorityRe().MatchString(ls[i].key()) {
		return i
	}
	return label
}

// closingEnd is the index after the last line of Nơi nhận and the
// signature that start at label: lines of Nơi nhận ("- ..." and their
// wrapped ends, indented a little) and lines with text in the right half,
// up to the next page, a footnote (footNoteOpens) or a run of lines that
// are neither. Nơi nhận goes on over the page when its last line stands
// right above the page's end with no full stop, before the "Lưu" line
// that closes it (listGoesOn).
func closingEnd(ls []pline, label int, foot map[int]bool) int {
	end, other := label+1, 0
	for i := label + 1; i < len(ls) && other < 6; i++ {
		l := ls[i]
		if l.page && !listGoesOn(ls, label, i) {
			break
		}
		if l.blank {
			continue
		}
		if footNoteOpens(ls, i, foot) {
			break // the page's footnotes under the end block (end_foot_note.go)
		}
		t := l.text()
		if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || l.ind > 0 && l.ind <= 4 || l.end() > 0 && l.spans[len(l.spans)-1].ca >= 25 {
			end, other = i+1, 0
			continue
		}
		other++
	}
	return end
}

// listGoesOn reports whether Nơi nhận, from label, goes on at line i,
// the first of a page: the last line above it with text is a line of
// the list (its left column) that ends with no full stop, no "Lưu" line
// has come, and line i is one of the list's ("- ...", or a wrapped end
// indented a little).
func listGoesOn(ls []pline, label, i int) bool {
	last := i - 1
	for last > label && ls[last].blank {
		last--
	}
	if last <= label || ls[last].spans[0].ca > 4 {
		return false
	}
	for _, l := range ls[label+1 : i] {
		if !l.blank && archiveKey().MatchString(strings.TrimLeft(norm.NFC.String(l.s[l.spans[0].a:l.spans[0].b]), "-–+• ")) {
			return false
		}
	}
	if strings.HasSuffix(ls[last].s[ls[last].spans[0].a:ls[last].spans[0].b], ".") {
		return false
	}
	t := ls[i].text()
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || ls[i].ind > 0 && ls[i].ind <= 4
}

var archiveKey = lazyre.New(`^Lưu\b`)

// wrappedEnd reports whether t, a left cell of the end block indented
// under a recipient that stops with no mark, may be its wrapped end: no
// list mark, or a dash before a word in small letters ("- xã hội huyện;",
// the dash of "chính trị - xã hội"). A "+" or a dash before a capital
// opens a recipient of its own, under a group whose colon was left off
// ("- Các phòng, ban chuyên môn" over "  + Phòng Nội vụ;"), rv72b.
func wrappedEnd(t string) bool {
	t = strings.TrimLeft(t, " ")
	r, n := utf8.DecodeRuneInString(t)
	switch r {
	case '+', '•', '*':
		return false
	case '-', '–':
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[n:], " \t"))
		return unicode.IsLower(next)
	}
	return true
}

// twoColumns reads a block of lines whose two columns stand side by side
// (the header, Nơi nhận beside the signature) as rows of cells. A left
// cell indented further than the one above it, which stops with no mark
// that ends a recipient (";", ".", ":"), hangs from it: a recipient's
// wrapped end, though it start with a dash ("- Ủy ban MTTQVN và các đoàn
// thể chính trị" over "  - xã hội huyện;").
func twoColumns(ls []pline) []line {
	c := river(ls)
	var out []line
	aboveInd, above := 0, "" // the last left cell: its indentation and text
	for _, l := range ls {
		if l.blank {
			out = append(out, line{num: l.num})
			continue
		}
		if c < 0 {
			out = append(out, widestGap(l, ls))
			continue
		}
		var left, right []cols
		for _, s := range l.spans {
			if s.cb <= c {
				left = append(left, s)
			} else {
				right = append(right, s)
			}
		}
		row := line{num: l.num}
		if len(left) > 0 {
			x := cell(l, left, Left)
			x.hang = left[0].ca > aboveInd && above != "" && !strings.HasSuffix(above, ";") && !strings.HasSuffix(above, ".") && !strings.HasSuffix(above, ":") && wrappedEnd(x.text)
			row.cells = append(row.cells, x)
			aboveInd, above = left[0].ca, x.text
		}
		if len(right) > 0 {
			row.cells = append(row.cells, cell(l, right, Right))
		}
		out = append(out, row)
	}
	return out
}

// widestGap reads a line of a block with no column free of text from top
// to bottom (a narrow page, where a long trích yếu reaches under the
// Quốc hiệu): two cells parted at its widest run of three spaces or more;
// a line of one text is in the column its start stands in.
func widestGap(l pline, ls []pline) line {
	at, gap := -1, 2
	for i := 1; i < len(l.spans); i++ {
		if g := l.spans[i].ca - l.spans[i-1].cb; g > gap {
			at, gap = i, g
		}
	}
	if at < 0 {
		width := 0
		for _, x := range ls {
			width = max(width, x.end())
		}
		c := Left
		if len(l.spans) > 0 && l.spans[0].ca >= width/3 {
			c = Right
		}
		return line{num: l.num, cells: []line{cell(l, l.spans, c)}}
	}
	return line{num: l.num, cells: []line{cell(l, l.spans[:at], Left), cell(l, l.spans[at:], Right)}}
}

func cell(l pline, ss []cols, c Column) line {
	a, b := ss[0].a, ss[len(ss)-1].b
	x := cleanLine(l.s[a:b], l.off+a, l.num, false)
	x.col = c
	return x
}

// A header or a signature block is a few dozen lines of a page at most.
const (
	maxRiverLines = 150
	maxRiverWidth = 400
)

// river finds the column that parts two columns of text: it falls inside
// no text of any line and has text on both sides on as many lines as
// possible; the middle of the widest such gap. -1 when no line has text
// on both sides of any column.
func river(ls []pline) int {
	width := 0
	for _, l := range ls {
		width = max(width, l.end())
	}
	if len(ls) > maxRiverLines || width > maxRiverWidth {
		return -1 // no header or signature is that large
	}
	best, from, to := 0, -1, -1
	for c := 1; c < width; c++ {
		n, ok := 0, true
		for _, l := range ls {
			left, right := false, false
			for _, s := range l.spans {
				switch {
				case s.ca < c && c < s.cb:
					ok = false
				case s.cb <= c:
					left = true
				default:
					right = true
				}
			}
			if left && right {
				n++
			}
		}
		switch {
		case !ok || n == 0 || n < best:
		case n > best:
			best, from, to = n, c, c
		case to == c-1:
			to = c
		}
	}
	if from < 0 {
		return -1
	}
	return (from + to + 1) / 2
}

// joinLines joins lines into one unit (the trích yếu written over several
// centred lines).
func joinLines(ls []pline) line {
	var u line
	for _, l := range ls {
		if l.blank {
			continue
		}
		c := cleanLine(l.s, l.off, l.num, false)
		if u.text == "" && u.note == "" {
			u = c
			continue
		}
		u.join(c)
	}
	return u
}

// join appends the text of c to l, with a space unless l ends a code cut
// at a hyphen ("58/QĐ-" then "UBQGCĐS").
func (l *line) join(c line) {
	if c.text == "" {
		return
	}
	if l.nfd == 0 && c.nfd > 0 {
		l.nfd = c.nfd
		if l.text != "" {
			l.nfd += len(l.text) + 1
		}
	}
	if l.text != "" && !cutCode(l.text) {
		l.text += " "
		l.src = append(l.src, c.src[0])
	}
	l.text += c.text
	l.src = append(l.src, c.src...)
	l.notes = append(l.notes, c.notes...)
}

// cutCode reports whether s ends with a hyphen inside a word, as a code
// cut at the end of a line does.
func cutCode(s string) bool {
	if !strings.HasSuffix(s, "-") || len(s) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return r != ' ' && r != '-'
}

var noteNumberRe = lazyre.New(`^\d{1,3}$`)

// paragraphs joins the lines of the body (or of an appendix) into
// paragraphs: a line starts a paragraph when it is indented, when the line
// before it stops short of the margin, after a blank line, or when it
// starts with a numbering marker after a finished sentence; a flush line
// at the top of a page continues the last paragraph of the page before,
// past that page's footnotes. Lines with columns (a table) are rows, and
// so are the lines after them up to a blank line or a line of prose that
// runs from the margin across the page.
func paragraphs(ls []pline) []line {
	pageMargins := perPage(ls)
	var out []line
	cur, last := -1, -1 // the paragraph being joined, the last body paragraph
	note := -1          // the footnote being joined
	lastFull := false   // the last body line reached the right margin
	table, blank := false, false
	var rowAbove pline // the table's last row with columns
	for i, l := range ls {
		margin, width := pageMargins[i][0], pageMargins[i][1]
		if l.blank {
			blank, cur, note, table = true, -1, -1, false
			continue
		}
		t := l.text()
		if noteNumberRe().MatchString(t) && l.ind <= margin+1 && nextIndented(ls, i) {
			out = append(out, line{note: t, num: l.num})
			note, cur, blank = len(out)-1, -1, false
			continue
		}
		if note >= 0 && !l.page {
			out[note].joinNote(cleanLine(l.s, l.off, l.num, false))
			continue
		}
		note = -1
		if table && !gapRow(l) && l.ind <= margin+8 && l.end() >= width*7/10 {
			table = false // a line of prose from margin to margin: the table has ended
		}
		if table && pointAfterTable(l, rowAbove, margin) {
			table = false // "2. Thời gian, địa điểm" indented as a paragraph: the table has ended
		}
		if table || gapRow(l) {
			out = append(out, gapCells(l))
			table, cur = true, -1
			if gapRow(l) {
				rowAbove = l
			}
			continue
		}
		c := cleanLine(l.s, l.off, l.num, false)
		target := cur
		if l.page {
			target = last // a paragraph cut by the page break goes on
		}
		indented := l.ind > margin+1 && !(startsLower(t) && !cite.HasMarker(t) && lastFull)
		if target < 0 || blank || indented || !lastFull || cite.HasMarker(t) && finished(out[target].text) {
			out = append(out, c)
			cur = len(out) - 1
		} else {
			out[target].join(c)
			cur = target
		}
		last, blank = cur, false
		lastFull = l.end() >= width*7/10
	}
	return out
}

// perPage gives each line the margins of its page: pdftotext sets each
// page against its own leftmost text, so that the body of a first page
// under a header may stand further in than that of the next pages.
func perPage(ls []pline) [][2]int {
	out := make([][2]int, len(ls))
	start := 0
	flush := func(end int) {
		m, w := margins(ls[start:end])
		for k := start; k < end; k++ {
			out[k] = [2]int{m, w}
		}
		start = end
	}
	for i, l := range ls {
		if l.page && i > start {
			flush(i)
		}
	}
	flush(len(ls))
	return out
}

// joinNote adds a line to a footnote whose number stood on a line of its
// own.
func (l *line) joinNote(c line) {
	if l.text == "" && c.text != "" {
		n := l.note
		*l = c
		l.note = n
		return
	}
	l.join(c)
}

// margins are the left margin and the column that lines wrapped inside a
// paragraph reach (the right one). The left margin is the most common
// indentation of the lines, or a smaller one that two lines or more
// share: on a page of short paragraphs, most of one line, the indented
// first lines outnumber the flush lines they wrap onto, by far where
// the lines of a list are indented as the paragraphs are. The right margin is the median over
// the lines that a flush line follows, so that footnotes in small print
// do not count.
func margins(ls []pline) (margin, width int) {
	count := map[int]int{}
	for _, l := range ls {
		if !l.blank {
			count[l.ind]++
		}
	}
	best := -1
	for ind, n := range count {
		if n > best || n == best && ind < margin {
			margin, best = ind, n
		}
	}
	for ind, n := range count { // continuation lines, fewer than the indented first lines of a page of short paragraphs
		if ind < margin && n >= 2 {
			margin = ind
		}
	}
	margin = min(margin, wrapMargin(ls))
	var ends []int
	for i, l := range ls {
		if !l.blank && i+1 < len(ls) && !ls[i+1].blank && ls[i+1].ind <= margin+1 {
			ends = append(ends, l.end())
		}
	}
	if len(ends) == 0 {
		for _, l := range ls {
			width = max(width, l.end())
		}
		return margin, width
	}
	slices.Sort(ends)
	return margin, ends[len(ends)/2]
}

// wrapMargin is the least indentation of a line onto which the line
// above wraps, a first line indented from it that runs to the right
// edge of the page (a tenth short of its widest line at most), outside
// rows of columns; math.MaxInt when there is none. On a page of
// short paragraphs one of which alone wraps, that one line is the
// margin though no other shares it: a lone flush heading follows no
// full line.
func wrapMargin(ls []pline) int {
	widest := 0
	for _, l := range ls {
		if !gapRow(l) {
			widest = max(widest, l.end())
		}
	}
	least := math.MaxInt
	for i := 1; i < len(ls); i++ {
		l, up := ls[i], ls[i-1]
		if l.blank || up.blank || gapRow(l) || gapRow(up) || up.ind <= l.ind || up.end() < widest*9/10 {
			continue
		}
		least = min(least, l.ind)
	}
	return least
}

// nextIndented reports whether the line after line i has text indented
// further.
func nextIndented(ls []pline, i int) bool {
	return i+1 < len(ls) && !ls[i+1].blank && ls[i+1].ind > ls[i].ind
}

// gapRow reports whether a line holds columns: texts parted by three
// spaces or more.
func gapRow(l pline) bool {
	for i := 1; i < len(l.spans); i++ {
		if l.spans[i].ca-l.spans[i-1].cb >= 3 {
			return true
		}
	}
	return false
}

// gapCells reads a line of a table into its cells, parted where three
// spaces or more part texts.
func gapCells(l pline) line {
	row := line{num: l.num}
	var group []cols
	flush := func() {
		if len(group) > 0 {
			c := Right
			if len(row.cells) == 0 {
				c = Left
			}
			row.cells = append(row.cells, cell(l, group, c))
			group = nil
		}
	}
	for i, s := range l.spans {
		if i > 0 && s.ca-l.spans[i-1].cb >= 3 {
			flush()
		}
		group = append(group, s)
	}
	flush()
	return row
}

// finished reports whether a text ends a sentence or a clause.
func finished(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;!?", r)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
