package doc

import (
	"encoding/binary"
	"sort"
)

// fkpRuns reads the runs of a PlcBte of the table stream (plc) through
// the FKP pages of the WordDocument stream w it names, each page read
// once by page ([MS-DOC] 2.8.24 and 2.8.25, PlcBteChpx and PlcBtePapx),
// sorted by where they start (at). A page outside w, or one page could
// not read (nil), is left out, and ok is then false.
func fkpRuns[R any](w, plc []byte, page func([]byte) []R, at func(R) uint32) (_ []R, ok bool) {
	le := binary.LittleEndian
	if len(plc) < 4 || (len(plc)-4)%8 != 0 {
		return nil, false
	}
	ok = true
	n := (len(plc) - 4) / 8
	var out []R
	seen := map[uint32]bool{}
	for k := range n {
		pn := le.Uint32(plc[4*(n+1)+4*k:]) & 0x3FFFFF
		off := uint64(pn) * 512
		if off+512 > uint64(len(w)) { // only pages of w are kept in seen
			ok = false
			continue
		}
		if seen[pn] {
			continue
		}
		seen[pn] = true
		runs := page(w[off : off+512])
		ok = ok && runs != nil
		out = append(out, runs...)
	}
	sort.Slice(out, func(i, j int) bool { return at(out[i]) < at(out[j]) })
	return out, ok
}
