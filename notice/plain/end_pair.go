package plain

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A joint notice (liên tịch, liên ngành) is signed by the heads of two
// bodies, or more, side by side: under Nơi nhận, a table's row "KT. GIÁM
// ĐỐC SỞ XÂY DỰNG | KT. GIÁM ĐỐC SỞ TÀI CHÍNH", the titles and the names
// in the rows below it. There the left column is no Nơi nhận going on:
// each column is a signature. The left one is read as the signature as
// its rows come; the others are kept and put under it when the table
// ends, column by column, as lines after the signature, the way a page
// that wrote them one under the other is read: a notice's reading holds
// one signature (the checks of the signer's lines and name read the
// first).

// pairCell is a line of a later signature side by side, with its column.
type pairCell struct {
	col int
	l   line
}

// pairRow reports whether a row at the end opens, or goes on with,
// signatures side by side: its two or more cells that hold text are all
// a signer's authority ("TM.", "KT.", "TL." ... in capitals), or, under a
// closed Nơi nhận list, all a title in capitals. The Nơi nhận label in a
// row under them (a page's layout, which sets the signatures above Nơi
// nhận) ends them.
func (r *reader) pairRow(l line) bool {
	if r.paired {
		if !labelCells(l) {
			return true
		}
		r.pairFlush()
		return false
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
	if r.besideLabel(l) { // end_pair_beside.go
		return true
	}
	return len(texts) >= 2 && (pairAuthorities(texts) || r.recipientsEnded() && allAre(texts, pairTitle))
}

// pairAuthorities reports whether texts, a row's cells, are all a
// signer's authority line and one at least is in capitals: a later
// signature whose title is in small letters ("KT. GIÁM ĐỐC SỞ XÂY DỰNG |
// KT. Giám đốc Sở Tài chính") is still one, which signer-case then says
// (it was read as the archive line's end).
func pairAuthorities(texts []string) bool {
	caps := false
	for _, t := range texts {
		if !authorityLine(t) || utf8.RuneCountInString(t) >= 60 {
			return false
		}
		caps = caps || capsTitle(t)
	}
	return caps
}

// labelCells reports whether a row's first cell with text is the Nơi
// nhận label.
func labelCells(l line) bool {
	for _, c := range l.cells {
		if c.text != "" {
			return labelRe().MatchString(c.text)
		}
	}
	return false
}

// maxPairLines bounds the lines of signatures side by side above a Nơi
// nhận: the authorities, a title or two, the names, a note of the seal.
const maxPairLines = 8

// pairedAbove moves the start of a page's end block up from the Nơi nhận
// label (at label) over signatures side by side that stand above it, as
// a joint notice prints them ("KT. GIÁM ĐỐC SỞ XÂY DỰNG      KT. GIÁM ĐỐC
// SỞ TÀI CHÍNH", the titles, the names, then Nơi nhận under the left
// one): every line with text between the label and the authorities' line
// has two texts or more side by side, and that line's texts are all a
// signer's authority. label when there are none.
func pairedAbove(ls []pline, from, label int) int {
	n := 0
	for i := label - 1; i > from && n < maxPairLines; i-- {
		l := ls[i]
		if l.blank {
			continue
		}
		n++
		if len(l.spans) < 2 {
			return label
		}
		if spansAre(l, pairAuthority) {
			return i
		}
	}
	return label
}

// spansAre reports whether every text of a laid-out line is one f says
// yes to.
func spansAre(l pline, f func(string) bool) bool {
	for _, s := range l.spans {
		if !f(norm.NFC.String(l.s[s.a:s.b])) {
			return false
		}
	}
	return true
}

// allAre reports whether every text is one f says yes to.
func allAre(texts []string, f func(string) bool) bool {
	for _, t := range texts {
		if !f(t) {
			return false
		}
	}
	return true
}

// pairAuthority reports whether a cell is a signer's authority line.
func pairAuthority(t string) bool {
	return authorityLine(t) && capsTitle(t) && utf8.RuneCountInString(t) < 60
}

// pairTitle reports whether a cell is a signer's title in capitals.
func pairTitle(t string) bool {
	return capsTitle(t) && utf8.RuneCountInString(t) < 40 && !labelRe().MatchString(t)
}

// pairEnd reads a row of signatures side by side: the first
// signature's cell (at pairCol, and any empty cell before it) as the
// signature, the later cells kept for pairFlush.
func (r *reader) pairEnd(l line) {
	if !r.paired {
		r.pairTabs = r.tabsBefore(l.num, l.cells[r.pairCol])
	}
	r.paired = true
	off := r.besideOffset(l) // end_pair_beside.go
	for k, c := range l.cells {
		i := k + off
		if r.pairLeft && i < r.pairCol {
			r.left(c) // Nơi nhận beside the signatures
			continue
		}
		for _, p := range signerParts(c) {
			if i <= r.pairCol {
				r.right(p)
			} else {
				r.second = append(r.second, pairCell{i, p})
			}
		}
	}
}

// pairFlush puts the later columns of signatures side by side, kept by
// pairEnd and pairLine, under the first, column by column, once the table
// has ended: each column a signature of its own (Cosigner lines, then its
// Coname), numbered from 1 by Sig, read as pairSign reads the first.
func (r *reader) pairFlush() {
	if !r.paired {
		return
	}
	sort.SliceStable(r.second, func(i, j int) bool { return r.second[i].col < r.second[j].col })
	sig, col, named := 0, -1, false
	for _, c := range r.second {
		if c.l.text == "" || signNoteRe().MatchString(c.l.text) {
			continue
		}
		if c.col != col {
			sig, col, named = sig+1, c.col, false
		}
		named = r.cosign(c.l, sig, named)
	}
	r.paired, r.second, r.pairLeft = false, nil, false
}

// cosign reads a line of the later signature sig as right and closing
// read the first's: an authority line or a title in capitals, then the
// name (in capitals too, under a title); a line more after it goes on
// with the name. It reports whether the name has come.
func (r *reader) cosign(l line, sig int, named bool) bool {
	t := l.text
	switch {
	case named:
		r.joinAt(r.lastKind(Coname), l, " ")
		return true
	case r.last(Cosigner) && capsName(t):
		r.add(Coname, l) // "PHÓ GIÁM ĐỐC" over "NGUYỄN THỊ HƯƠNG"
		named = true
	case authorityRe().MatchString(t) || capsTitle(t):
		r.add(Cosigner, l)
	case r.titleUnder(Cosigner, t):
		r.add(Cosigner, l)
	default:
		r.add(Coname, l)
		named = true
	}
	r.paras[len(r.paras)-1].Sig = sig
	return named
}

// pairLine reads, while two signatures side by side are read, a line that
// is no row: a row of Word's table saved as text with one cell empty, its
// tab before or after the other's text ("\tPHÓ GIÁM ĐỐC" when the first
// signer signs as the head and has no title under his, "PHÓ GIÁM ĐỐC\t"
// the other way). As many tabs before the text as before the first
// signature's cell make it the first's line; more, the later one's. A
// line with no tab before or after its text has left the table: false.
func (r *reader) pairLine(l line) bool {
	if !r.paired || l.cells != nil || len(l.src) == 0 {
		return false
	}
	if r.pairLeft && r.dash(l.text) && !r.recipientsEnded() {
		r.left(l) // a line of Nơi nhận alone on its row, beside the signatures' room
		return true
	}
	before := r.tabsBefore(l.num, l)
	if before == 0 && !r.tabAfter(l) {
		return false
	}
	for _, p := range signerParts(l) {
		if before <= r.pairTabs {
			r.right(p)
		} else {
			r.second = append(r.second, pairCell{r.pairCol + before - r.pairTabs, p})
		}
	}
	return true
}

// tabsBefore counts the tabs before c's text on line num of the file,
// when only tabs and spaces stand there (the empty cells before it); 0
// otherwise.
func (r *reader) tabsBefore(num int, c line) int {
	if len(c.src) == 0 {
		return 0
	}
	start := r.f.lineStart(num)
	if c.src[0] < start {
		return 0
	}
	lead := r.f.Text[start:c.src[0]]
	if strings.Trim(lead, " \t") != "" {
		return 0
	}
	return strings.Count(lead, "\t")
}

// tabAfter reports whether l's text is followed on its line by tabs and
// nothing else: the empty cell after it.
func (r *reader) tabAfter(l line) bool {
	last := l.src[len(l.src)-1]
	rest := r.f.Text[last:]
	if end := strings.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	_, w := utf8.DecodeRuneInString(rest)
	rest = rest[w:]
	return strings.Contains(rest, "\t") && strings.Trim(rest, " \t\r") == ""
}

// titleUnder reports whether t, right under an authority line of kind k
// (a signature side by side), is the signer's title in small letters
// ("Phó Giám đốc" under "KT. Giám đốc Sở Tài chính"), which signer-case
// says, not the signer's name.
func (r *reader) titleUnder(k Kind, t string) bool {
	return r.last(k) && authorityRe().MatchString(r.paras[len(r.paras)-1].Text) && ordinaryTitle(t)
}
