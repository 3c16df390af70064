package plain

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A page's text layer taken out without its layout (page_wraps.go) sets
// each page's footnotes at the page's foot, between the body's last line
// on the page and the next page: the notes' raised numbers each alone on
// a line, over its note or under it (pdftotext places a raised figure by
// where its baseline falls), the notes' lines in a smaller type, so
// longer than the body's, and a blank line here and there. Read in place
// they cut the body's paragraph that goes on over the page and read as
// body paragraphs of their own; footNotes takes them out of the body and
// gives them to the reading after the end block, as a Word text lists its
// notes, each with its number.

// footNote is a footnote at a page's foot: the indexes of its lines, its
// number, the index of the body's line above the notes that ends with
// the number the page set there, -1 for none, and the index of the
// foot's first line.
type footNote struct {
	lines  []int
	number string
	markAt int
	foot   int
}

// footNotes returns which of raws stand at a page's foot among its
// footnotes (their lines, numbers and blank lines), and the notes in
// order. A page's foot holds notes when, under the body's last line, a
// number stands alone on its line (no page's number where the page turns)
// or a blank line is followed by a note's full line, and from there down
// to the next page (or the text's end, under the end block) stand only
// numbers, blank lines and lines of prose, one of them full, none in
// capitals only, none a part a notice sets on a line of its own.
func footNotes(raws []rawLine, top, width int) ([]bool, []footNote) {
	zone := make([]bool, len(raws))
	var starts, ends []int
	for a := 0; a < len(raws); {
		b := a + 1
		for b < len(raws) && !strings.HasPrefix(raws[b].s, "\f") {
			b++
		}
		if s := footStart(raws, max(a, top+1), b, width); s >= 0 {
			starts, ends = append(starts, s), append(ends, b)
		}
		a = b
	}
	if starts == nil {
		return nil, nil
	}
	wide := 0 // the notes' lines: their smaller type holds more letters
	for k, s := range starts {
		for _, r := range raws[s:ends[k]] {
			if t := strings.TrimSpace(r.s); !noteNumberRe().MatchString(t) {
				wide = max(wide, utf8.RuneCountInString(t))
			}
		}
	}
	var notes []footNote
	last := 0
	for k, s := range starts {
		for i := s; i < ends[k]; i++ {
			zone[i] = true
		}
		page := pageFootNotes(raws, s, ends[k], wide, last)
		for j := range page {
			page[j].foot = s
		}
		if n := len(page); n > 0 {
			last, _ = strconv.Atoi(page[n-1].number)
		}
		notes = append(notes, page...)
	}
	return zone, notes
}

// footStart is the index of the first line of the notes at the foot of
// the page of raws[from:end], or -1.
func footStart(raws []rawLine, from, end, width int) int {
	listed := false
	for i := from; i < end; i++ {
		t := strings.TrimSpace(raws[i].s)
		listed = listed || endLabel(t)
		var start bool
		switch {
		case i == 0 || strings.HasPrefix(raws[i].s, "\f") || pageTurn(raws, i):
		case noteNumberRe().MatchString(t):
			start = textAt(raws, i-1)
		case t == "":
			k := footNextText(raws, i, end)
			start = !listed && textAt(raws, i-1) && k > 0 && (full(strings.TrimSpace(raws[k].s), width) || noteNumberRe().MatchString(strings.TrimSpace(raws[k].s)))
		}
		if start && footRun(raws, i, end, width) {
			return i
		}
	}
	return -1
}

// textAt reports whether raws[i] is a line of words: no blank line, no
// number alone.
func textAt(raws []rawLine, i int) bool {
	if i < 0 {
		return false
	}
	t := strings.TrimSpace(strings.TrimLeft(raws[i].s, "\f"))
	return t != "" && !noteNumberRe().MatchString(t)
}

// footNextText is the index of the first line with text after raws[i] and
// before end, or -1.
func footNextText(raws []rawLine, i, end int) int {
	for k := i + 1; k < end; k++ {
		if strings.TrimSpace(raws[k].s) != "" {
			return k
		}
	}
	return -1
}

// footRun reports whether raws[s:end] hold only footnotes: numbers alone,
// blank lines and lines of prose, a number among them, one line full, the
// first line of words opening as a sentence does.
func footRun(raws []rawLine, s, end, width int) bool {
	numbers, wide, first := 0, false, true
	for _, r := range raws[s:end] {
		t := strings.TrimSpace(r.s)
		switch {
		case t == "":
		case noteNumberRe().MatchString(t):
			numbers++
		case !wrappable(t) || ownLine(t) && !startsLower(t) || endLabel(t) || isUpper(t) || first && !paraOpens(t):
			return false
		default:
			first, wide = false, wide || full(t, width)
		}
	}
	return numbers > 0 && wide
}

// pageFootNotes reads the notes of raws[s:end], a page's foot, whose
// lines hold up to wide characters; last is the number of the note
// before them. A note opens under a number, under a blank line, or where
// the line above stopped with room left for the first word of this one;
// the numbers, which pdftotext may set out of order, are given to the
// notes in order, or, when fewer stand alone than there are notes, the
// notes are numbered on from last (a number set at the end of the body's
// line above is that line's no more: pdftotext runs the number on there
// when it dropped the dash that ended the line, page_dash_join.go).
func pageFootNotes(raws []rawLine, s, end, wide, last int) []footNote {
	var notes []footNote
	var nums []int
	open := true
	for i := s; i < end; i++ {
		t := strings.TrimSpace(raws[i].s)
		switch {
		case t == "":
			open = true
		case noteNumberRe().MatchString(t):
			n, _ := strconv.Atoi(t)
			nums, open = append(nums, n), true
		case open || !noteGoesOn(strings.TrimSpace(raws[notes[len(notes)-1].lines[len(notes[len(notes)-1].lines)-1]].s), t, wide):
			notes, open = append(notes, footNote{lines: []int{i}, markAt: -1}), false
		default:
			k := len(notes) - 1
			notes[k].lines = append(notes[k].lines, i)
		}
	}
	slices.Sort(nums)
	if len(nums) == len(notes) {
		for k := range notes {
			notes[k].number = strconv.Itoa(nums[k])
		}
		return notes
	}
	for k := range notes {
		notes[k].number = strconv.Itoa(last + 1 + k)
	}
	if len(nums) < len(notes) && len(notes) > 0 && !slices.Contains(nums, last+1) {
		if p := s - 1; textAt(raws, p) && strings.HasSuffix(strings.TrimSpace(raws[p].s), " "+notes[0].number) {
			notes[0].markAt = p
		}
	}
	return notes
}

// noteGoesOn reports whether line t of a page's foot goes on with the
// note line p above it: t starts in small letters, or p stopped where
// t's first word would not have fitted in the notes' width.
func noteGoesOn(p, t string, wide int) bool {
	return startsLower(t) || goesOnText(t) && !finished(p) || noRoom(p, t, wide)
}
