package fpdf

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// upstreamCMAPTable is generateCMAPTable as upstream v0.12.0 wrote it
// (before patch 35), the reference TestCMAPTableAsUpstream holds the
// slices' version to.
func upstreamCMAPTable(cidSymbolPairCollection map[int]int, numSymbols int) []byte {
	cidSymbolPairCollectionKeys := keySortInt(cidSymbolPairCollection)
	cidID := 0
	cidArray := make(map[int][]int)
	prevCid := -2
	prevSymbol := -1
	for _, cid := range cidSymbolPairCollectionKeys {
		if cid == (prevCid+1) && cidSymbolPairCollection[cid] == (prevSymbol+1) {
			if n, OK := cidArray[cidID]; !OK || n == nil {
				cidArray[cidID] = make([]int, 0)
			}
			cidArray[cidID] = append(cidArray[cidID], cidSymbolPairCollection[cid])
		} else {
			cidID = cid
			cidArray[cidID] = make([]int, 0)
			cidArray[cidID] = append(cidArray[cidID], cidSymbolPairCollection[cid])
		}
		prevCid = cid
		prevSymbol = cidSymbolPairCollection[cid]
	}
	cidArrayKeys := keySortArrayRangeMap(cidArray)
	segCount := len(cidArray) + 1

	searchRange := 1
	entrySelector := 0
	for searchRange*2 <= segCount {
		searchRange = searchRange * 2
		entrySelector = entrySelector + 1
	}
	searchRange = searchRange * 2
	rangeShift := segCount*2 - searchRange
	length := 16 + (8 * segCount) + (numSymbols + 1)
	cmap := []int{0, 1, 3, 1, 0, 12, 4, length, 0, segCount * 2, searchRange, entrySelector, rangeShift}

	for _, start := range cidArrayKeys {
		endCode := start + (len(cidArray[start]) - 1)
		cmap = append(cmap, endCode)
	}
	cmap = append(cmap, 0xFFFF)
	cmap = append(cmap, 0)

	cmap = append(cmap, cidArrayKeys...)
	cmap = append(cmap, 0xFFFF)
	for _, cidKey := range cidArrayKeys {
		idDelta := -(cidKey - cidArray[cidKey][0])
		cmap = append(cmap, idDelta)
	}
	cmap = append(cmap, 1)
	for range cidArray {
		cmap = append(cmap, 0)

	}
	cmap = append(cmap, 0)
	for _, start := range cidArrayKeys {
		cmap = append(cmap, cidArray[start]...)
	}
	cmap = append(cmap, 0)
	cmapstr := make([]byte, 0)
	for _, cm := range cmap {
		cmapstr = append(cmapstr, packUint16(cm)...)
	}
	return cmapstr
}

// TestCMAPTableAsUpstream: the format 4 cmap of random sets of characters
// and glyphs, runs of consecutive ones among them, is upstream's byte for
// byte.
func TestCMAPTableAsUpstream(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 1))
	utf := &utf8FontFile{}
	for i := range 2000 {
		m := map[int]int{}
		cid, glyph := r.IntN(300), 1+r.IntN(50)
		for range r.IntN(200) {
			m[cid] = glyph
			switch r.IntN(4) {
			case 0: // a run goes on
				cid, glyph = cid+1, glyph+1
			case 1: // the next character, another glyph
				cid, glyph = cid+1, 1+r.IntN(2000)
			case 2: // a gap
				cid, glyph = cid+2+r.IntN(500), glyph+1
			default:
				cid, glyph = cid+1+r.IntN(70000-cid), 1+r.IntN(2000)
			}
			if cid > 0xFFFE {
				break
			}
		}
		n := len(m) + r.IntN(5)
		if got, want := utf.generateCMAPTable(m, n), upstreamCMAPTable(m, n); !bytes.Equal(got, want) {
			t.Fatalf("case %d (%d characters): cmap differs from upstream's", i, len(m))
		}
	}
}
