package check

import (
	"sort"
	"strings"
)

// slipPlaces keeps what slips reads of a place in a text, for one walk's
// window groups. A slip in a name is grouped at every window length that
// holds it ("Ban Chỉ đạo Chuyển", "Chỉ đạo Chuyển đổi", "Trưởng Ban Chỉ
// đạo Chuyển"), and each group asks the same of the same places:
// wholeName of the word that differs, whose answer hangs on that word's
// place in each of the two texts alone (and, for a bare name, where each
// window starts), and whether a name ends where a window does
// (lastEnds), which hangs on the window's end alone. Each is worked out
// once and reached from each window.
type slipPlaces struct {
	whole map[wholeKey]wholeAnswer
	ends  map[spotEnd]bool
}

// spotEnd is where a window ends: its text and the byte after its last
// word.
type spotEnd struct {
	seg *Seg
	end int
}

// endsAt is slipReads.lastEnds of spot t, a window of two words or more:
// whether the name ends at t, no trích yếu of a cited document beginning
// after it. Its last word is the word before t.end in any such window.
func (w *slipPlaces) endsAt(t spot) bool {
	k := spotEnd{t.seg, t.end}
	if e, found := w.ends[k]; found {
		return e
	}
	e := nameEndsAt(t) && !abstractHeads()[strings.ToLower(lastWord(t.form)+" "+wordAfterSpot(t))]
	if w.ends == nil {
		w.ends = map[spotEnd]bool{}
	}
	w.ends[k] = e
	return e
}

// wholeKey is what wholeName's answer hangs on: the two texts, the index
// of the word that differs in each, bare, and where the windows start
// when bare (midSentence reads the first word of each).
type wholeKey struct {
	a, b         *Seg
	wordA, wordB int
	bare         bool
	fromA, fromB int
}

type wholeAnswer struct {
	off, end int
	ok       bool
}

// wholeName is wholeName(v, a, b, at, bare), asked once for each key.
func (w *slipPlaces) wholeName(v *View, a, b spot, at int, bare bool) (off, end int, ok bool) {
	ia, ib := wordStarting(v.index(a.seg.Text).words, a.off), wordStarting(v.index(b.seg.Text).words, b.off)
	if ia < 0 || ib < 0 {
		return wholeName(v, a, b, at, bare) // not a window's spot: nothing to share
	}
	k := wholeKey{a: a.seg, b: b.seg, wordA: ia + at, wordB: ib + at, bare: bare}
	if bare {
		k.fromA, k.fromB = ia, ib
	}
	if r, found := w.whole[k]; found {
		return r.off, r.end, r.ok
	}
	off, end, ok = wholeName(v, a, b, at, bare)
	if w.whole == nil {
		w.whole = map[wholeKey]wholeAnswer{}
	}
	w.whole[k] = wholeAnswer{off, end, ok}
	return off, end, ok
}

// wordStarting is wordIndex(ws, off), by halves: the index of the word
// of ws that starts at byte off, -1 if none (the words stand in the
// order of their offsets).
func wordStarting(ws []wordAt, off int) int {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].off >= off })
	if i < len(ws) && ws[i].off == off {
		return i
	}
	return -1
}
