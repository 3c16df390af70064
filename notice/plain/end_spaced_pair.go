package plain

import (
	"strings"
	"unicode/utf8"
)

// A joint notice typed, or copied from a page, with its signatures side
// by side parted by runs of spaces in a text that is otherwise no laid-out
// page: "KT. GIÁM ĐỐC SỞ XÂY DỰNG          KT. GIÁM ĐỐC SỞ TÀI CHÍNH",
// the titles under them, blank lines, the names. Read as lines, each row
// is one signer's line ("KT" then a false "title abbreviated"); read as
// the rows of a table, the reader's pair rows (end_pair.go) take each
// column as a signature. spacedPairs turns such a block into rows: the
// authorities' line opens it, each later line's texts go to the column
// whose middle is nearest theirs, and the block ends at a line that is
// no signature's (the Nơi nhận label, a list's line, a sentence) or that
// has a text under a signer's name (an appendix's heading).

// pairGap is the least run of spaces parting two signatures on a line,
// as columnGapRe's (tabs already part a row's cells).
const pairGap = 8

var eightSpaces = strings.Repeat(" ", pairGap)

// spacedText is a text of a line parted from the others by a run of
// spaces: bytes [a, b) of the line, its middle in columns.
type spacedText struct {
	a, b int
	mid  int
}

// spacedTexts parts a line at runs of eight spaces or more.
func spacedTexts(s string) []spacedText {
	var out []spacedText
	for _, g := range groupsApart(spansOf(s), pairGap) { // columns_beside.go
		out = append(out, spacedText{a: g[0].a, b: g[len(g)-1].b, mid: middle(g)})
	}
	return out
}

// spacedPairs reads, in the lines of a text (out, from raws one for one),
// signatures side by side parted by spaces as the rows of a table.
func spacedPairs(out []line, raws []rawLine, md bool) {
	closed := false // a "Lưu:" line ending with "." came before: Nơi nhận is over
	for i := 0; i < len(out); i++ {
		l := out[i]
		if l.cells != nil || l.md || l.text == "" {
			continue
		}
		if strings.HasSuffix(l.text, ".") && archiveRe().MatchString(l.text) {
			closed = true
		}
		if !strings.Contains(raws[i].s, eightSpaces) {
			continue // no two texts apart: the most lines, asked cheaply
		}
		ts := spacedTexts(raws[i].s)
		if !pairHead(raws[i].s, ts, closed) {
			continue
		}
		out[i] = spacedRow(raws[i], ts, ts, md)
		i = spacedBlock(out, raws, i+1, ts, md)
	}
}

// pairHead reports whether a line's texts open signatures side by side:
// two or more, all a signer's authority; or, under a closed Nơi nhận
// list, all a title in capitals with one authority at least (the head of
// one body signs as himself beside another's deputy).
func pairHead(s string, ts []spacedText, closed bool) bool {
	if len(ts) < 2 {
		return false
	}
	auth, titles := 0, 0
	for _, t := range ts {
		switch x := s[t.a:t.b]; {
		case pairAuthority(x):
			auth++
		case pairTitle(x):
			titles++
		}
	}
	return auth == len(ts) || closed && auth > 0 && auth+titles == len(ts)
}

// spacedBlock turns the lines from i on that go on with the signatures
// whose columns head holds into rows, and returns the index of the last
// line it read.
func spacedBlock(out []line, raws []rawLine, i int, head []spacedText, md bool) int {
	seen := 0
	named := make([]bool, len(head))
	for ; i < len(out) && seen < maxPairLines; i++ {
		if out[i].cells != nil || out[i].md {
			break
		}
		s := raws[i].s
		ts := spacedTexts(s)
		if len(ts) == 0 {
			continue
		}
		seen++
		placed, ok := placeTexts(s, ts, head)
		if !ok || underName(placed, named) {
			break
		}
		markNames(s, placed, named)
		out[i] = spacedRow(raws[i], placed, head, md)
	}
	return i - 1
}

// placeTexts puts each text of a signature's line in the column of head
// whose middle is nearest its own: one slot a column, empty where it has
// none. ok is false when the line is no signature's (the Nơi nhận label,
// a list's line, a sentence, a long text) or two texts fall in one
// column.
func placeTexts(s string, ts []spacedText, head []spacedText) (placed []spacedText, ok bool) {
	cols := mids(head)
	placed = make([]spacedText, len(head))
	for k := range placed {
		placed[k] = spacedText{a: -1}
	}
	for _, t := range ts {
		x := s[t.a:t.b]
		if utf8.RuneCountInString(x) >= 60 || !signNoteRe().MatchString(x) && (finished(x) || labelRe().MatchString(x)) {
			return nil, false
		}
		k := nearest(cols, t.mid) // columns_beside.go
		if placed[k].a >= 0 {
			return nil, false
		}
		placed[k] = t
	}
	return placed, true
}

// underName reports whether a text of a line falls in a column whose
// signer's name has come: a signature ends at its name, so what stands
// under the names (an appendix's "Phụ lục", its title) is no signature's.
func underName(placed []spacedText, named []bool) bool {
	for k, t := range placed {
		if t.a >= 0 && named[k] {
			return true
		}
	}
	return false
}

// markNames marks the columns whose text on a line is the signer's name:
// neither a title, in capitals or small letters, nor a note of the seal.
func markNames(s string, placed []spacedText, named []bool) {
	for k, t := range placed {
		if t.a < 0 {
			continue
		}
		x := s[t.a:t.b]
		named[k] = named[k] || capsName(x) || !capsTitle(x) && !ordinaryTitle(x) && !signNoteRe().MatchString(x)
	}
}

// mids are the middles of a line's texts, in columns.
func mids(ts []spacedText) []int {
	out := make([]int, len(ts))
	for k, t := range ts {
		out[k] = t.mid
	}
	return out
}

// spacedRow makes the row of a line from its texts by column (a < 0: an
// empty cell, set where the next text starts).
func spacedRow(r rawLine, placed, head []spacedText, md bool) line {
	spans := make([]span, len(head))
	at := len(r.s)
	for k := len(placed) - 1; k >= 0; k-- {
		if placed[k].a >= 0 {
			spans[k] = span{placed[k].a, placed[k].b}
			at = placed[k].a
		} else {
			spans[k] = span{at, at}
		}
	}
	return row(r, spans, md)
}
