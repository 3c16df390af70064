// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"slices"
	"strconv"
)

// cidRun is a run of consecutive CIDs and their widths, one entry of a
// CID font's /W array: the CIDs from start, widths[lo:hi] of the array
// the runs of a font share. A run's widths directly follow the previous
// run's in that array.
type cidRun struct {
	start, lo, hi int
	interval      bool // the run is being extended with equal widths
}

// cidWidths returns the /W array (glyph widths) of a UTF-8 font for the
// runes the document used, up to lastRune. It writes exactly what
// generateCIDFontMap wrote when it kept each run in an untypedKeyMap (an
// imitation of a PHP array: its integer keys were always 0..n-1 and its
// "interval" key a flag), but with typed runs it costs time linear in the
// number of runes instead of cubic in the length of a run. The runs are
// made in the order of their first CID, and each is changed only while it
// is the last one, so they are kept in a slice over one array of widths
// (patch 22) instead of a map of runs with a slice each.
func cidWidths(font *fontDefType, lastRune int) string {
	cids := cidsOf(font, lastRune)
	widths := make([]int, 0, len(cids))
	var runs []cidRun
	prevCid := -2
	prevWidth := -1
	interval := false
	// start begins a run at cid with the widths from lo on.
	start := func(cid, lo int) {
		runs = append(runs, cidRun{start: cid, lo: lo, hi: len(widths)})
	}

	// Group the characters into runs: those below 256 the font has, and
	// the used ones above (patch 13: their keys, sorted, rather than every
	// CID up to lastRune looked up in usedRunes).
	for _, cid := range cids {
		if font.Cw[cid] == 0x00 {
			continue
		}
		width := int(font.Cw[cid])
		if width == 65535 {
			width = 0
		}
		switch {
		case cid != prevCid+1:
			widths = append(widths, width)
			start(cid, len(widths)-1)
			interval = false
		case width == prevWidth:
			widths = append(widths, width)
			if r := &runs[len(runs)-1]; width == widths[r.lo] {
				r.hi = len(widths)
			} else {
				// The previous width starts a run of equal widths.
				r.hi--
				start(prevCid, r.hi)
			}
			interval = true
			runs[len(runs)-1].interval = true
		case interval:
			widths = append(widths, width)
			start(cid, len(widths)-1)
			interval = false
		default:
			widths = append(widths, width)
			runs[len(runs)-1].hi = len(widths)
			interval = false
		}
		prevCid = cid
		prevWidth = width
	}

	// Join a run to the one before it when they are contiguous and neither
	// is a run of more than two equal widths. (n counts the interval flag
	// as the untypedKeyMap counted its key.) The runs kept are moved to the
	// front of runs.
	kept := 0
	nextKey := -1
	isInterval := false
	for g := range runs {
		r := runs[g]
		n := r.hi - r.lo
		wasInterval := r.interval
		if wasInterval {
			n++
		}
		if r.start == nextKey && !isInterval && (!wasInterval || n < 4) {
			runs[kept-1].hi = r.hi // the widths follow each other
		} else {
			r.interval = false
			runs[kept] = r
			kept++
		}
		nextKey = r.start + n
		if wasInterval {
			isInterval = n > 3
			nextKey--
		} else {
			isInterval = false
		}
	}
	runs = runs[:kept]

	// Write the runs: "first last width" for equal widths, else
	// "first [ w1 w2 ... ]".
	w := []byte("/W [")
	for _, r := range runs {
		ws := widths[r.lo:r.hi]
		if equalInts(ws) {
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(r.start), 10)
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(r.start+len(ws)-1), 10)
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(ws[0]), 10)
			continue
		}
		w = append(w, ' ')
		w = strconv.AppendInt(w, int64(r.start), 10)
		w = append(w, " [ "...)
		for i, v := range ws {
			if i > 0 {
				w = append(w, ' ')
			}
			w = strconv.AppendInt(w, int64(v), 10)
		}
		w = append(w, " ]\n"...)
	}
	w = append(w, " ]"...)
	return string(w)
}

// equalInts tells whether a has at least one element and all are equal.
func equalInts(a []int) bool {
	for _, v := range a {
		if v != a[0] {
			return false
		}
	}
	return len(a) > 0
}

// cidsOf returns, in order, the CIDs cidWidths looks at: 1 to 255, and the
// runes above that the document used (a nonzero entry in usedRunes), up to
// lastRune.
func cidsOf(font *fontDefType, lastRune int) []int {
	cids := make([]int, 0, 255+len(font.usedRunes))
	for cid := 1; cid <= min(lastRune, 255); cid++ {
		cids = append(cids, cid)
	}
	from := len(cids)
	for cid, numb := range font.usedRunes {
		if cid > 255 && cid <= lastRune && numb != 0 {
			cids = append(cids, cid)
		}
	}
	slices.Sort(cids[from:])
	if lastRune >= len(font.Cw) {
		// Upstream read every CID up to lastRune and failed at the first
		// past the width table: so does this (a rune outside the Basic
		// Multilingual Plane).
		i, _ := slices.BinarySearch(cids, len(font.Cw))
		cids = append(cids[:i], len(font.Cw))
	}
	return cids
}
