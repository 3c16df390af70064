// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"slices"
	"strconv"
)

// cidRun is a run of consecutive CIDs and their widths, one entry of a
// CID font's /W array.
type cidRun struct {
	widths   []int
	interval bool // the run is being extended with equal widths
}

// cidWidths returns the /W array (glyph widths) of a UTF-8 font for the
// runes the document used, up to lastRune. It writes exactly what
// generateCIDFontMap wrote when it kept each run in an untypedKeyMap (an
// imitation of a PHP array: its integer keys were always 0..n-1 and its
// "interval" key a flag), but with typed runs it costs time linear in the
// number of runes instead of cubic in the length of a run.
func cidWidths(font *fontDefType, lastRune int) string {
	rangeID := 0
	runs := make(map[int]*cidRun)
	keys := make([]int, 0)
	prevCid := -2
	prevWidth := -1
	interval := false

	// Group the characters into runs: those below 256 the font has, and
	// the used ones above (patch 13: their keys, sorted, rather than every
	// CID up to lastRune looked up in usedRunes).
	for _, cid := range cidsOf(font, lastRune) {
		if font.Cw[cid] == 0x00 {
			continue
		}
		width := font.Cw[cid]
		if width == 65535 {
			width = 0
		}
		switch {
		case cid != prevCid+1:
			rangeID = cid
			runs[rangeID] = &cidRun{widths: []int{width}}
			keys = append(keys, rangeID)
			interval = false
		case width == prevWidth:
			if r := runs[rangeID]; width == r.widths[0] {
				r.widths = append(r.widths, width)
			} else {
				// The previous width starts a run of equal widths.
				r.widths = r.widths[:len(r.widths)-1]
				rangeID = prevCid
				runs[rangeID] = &cidRun{widths: []int{prevWidth, width}}
				keys = append(keys, rangeID)
			}
			interval = true
			runs[rangeID].interval = true
		case interval:
			rangeID = cid
			runs[rangeID] = &cidRun{widths: []int{width}}
			keys = append(keys, rangeID)
			interval = false
		default:
			runs[rangeID].widths = append(runs[rangeID].widths, width)
			interval = false
		}
		prevCid = cid
		prevWidth = width
	}

	// Join a run to the one before it when they are contiguous and neither
	// is a run of more than two equal widths. (n counts the interval flag
	// as the untypedKeyMap counted its key.)
	previousKey := -1
	nextKey := -1
	isInterval := false
	for g := 0; g < len(keys); {
		key := keys[g]
		r := runs[key]
		n := len(r.widths)
		wasInterval := r.interval
		if wasInterval {
			n++
		}
		if key == nextKey && !isInterval && (!wasInterval || n < 4) {
			r.interval = false
			prev := runs[previousKey]
			runs[previousKey] = &cidRun{widths: append(prev.widths, r.widths...), interval: prev.interval}
			keys = append(keys[:g], keys[g+1:]...)
		} else {
			g++
			previousKey = key
		}
		nextKey = key + n
		if wasInterval {
			isInterval = n > 3
			r.interval = false
			nextKey--
		} else {
			isInterval = false
		}
	}

	// Write the runs: "first last width" for equal widths, else
	// "first [ w1 w2 ... ]".
	w := []byte("/W [")
	for _, k := range keys {
		ws := runs[k].widths
		if equalInts(ws) {
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(k), 10)
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(k+len(ws)-1), 10)
			w = append(w, ' ')
			w = strconv.AppendInt(w, int64(ws[0]), 10)
			continue
		}
		w = append(w, ' ')
		w = strconv.AppendInt(w, int64(k), 10)
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
