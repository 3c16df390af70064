package doc

import "encoding/binary"

// A .doc made from scratch, for hostile cases larger than an edit of the
// sample allows: a compound file of 4096-byte sectors holding the
// streams WordDocument and 0Table, each at least as long as the mini
// stream cutoff, so that no mini stream is needed.

// madeDoc is what a made .doc holds: the text (compressed, one byte a
// character) and the table stream's structures, each an fc/lcb pair of
// the FIB pointing at it.
type madeDoc struct {
	text    []byte
	ccpFtn  int
	ccpAtn  int            // characters of the comments, after the footnotes'
	ccpEdn  int            // characters of the endnotes, after the comments'
	table   map[int][]byte // FibRgFcLcb97 pair index: the structure
	after   map[int][]byte // bytes right after the structure (the LVLs after a PlfLst)
	word    []byte         // bytes of WordDocument past the text, at a sector boundary (FKPs)
	wordOff int            // set by bytes: where word starts in the stream
}

// Where the text starts in WordDocument: past the FIB.
const madeTextFC = 0x800

// bytes lays the .doc out.
func (m *madeDoc) bytes() []byte {
	le := binary.LittleEndian
	w := make([]byte, madeTextFC+len(m.text))
	le.PutUint16(w, 0xA5EC)
	le.PutUint16(w[2:], nFib97)
	le.PutUint16(w[0x20:], 14)
	le.PutUint16(w[0x3E:], 22)
	le.PutUint32(w[0x4C:], uint32(len(m.text)-m.ccpFtn-m.ccpAtn-m.ccpEdn))
	le.PutUint32(w[0x50:], uint32(m.ccpFtn))
	le.PutUint32(w[0x5C:], uint32(m.ccpAtn))
	le.PutUint32(w[0x60:], uint32(m.ccpEdn))
	le.PutUint16(w[0x98:], 93)
	copy(w[madeTextFC:], m.text)
	if m.word != nil {
		for len(w)%512 != 0 {
			w = append(w, 0)
		}
		m.wordOff = len(w)
		w = append(w, m.word...)
	}
	var t []byte
	put := func(pair int, b []byte) {
		le.PutUint32(w[0x9A+8*pair:], uint32(len(t)))
		le.PutUint32(w[0x9A+8*pair+4:], uint32(len(b)))
		t = append(t, b...)
		t = append(t, m.after[pair]...)
	}
	clx := []byte{0x02, 16, 0, 0, 0}
	clx = le.AppendUint32(clx, 0)
	clx = le.AppendUint32(clx, uint32(len(m.text)))
	clx = append(clx, 0, 0)
	clx = le.AppendUint32(clx, 2*madeTextFC|1<<30)
	clx = append(clx, 0, 0)
	put(pairClx, clx)
	for pair, b := range m.table {
		put(pair, b)
	}
	return compound(w, t)
}

// compound lays out a compound file of 4096-byte sectors holding the
// streams WordDocument w and 0Table t.
func compound(w, t []byte) []byte {
	le := binary.LittleEndian
	const ss = 4096
	pad := func(b []byte) []byte {
		n := max((len(b)+ss-1)/ss*ss, ss)
		return append(b, make([]byte, n-len(b))...)
	}
	wp, tp := pad(append([]byte(nil), w...)), pad(append([]byte(nil), t...))
	nw, nt := len(wp)/ss, len(tp)/ss
	dirSect := nw + nt
	nData := dirSect + 1
	nFAT := (nData + ss/4) / (ss/4 - 1)
	fat := make([]uint32, nFAT*ss/4)
	for i := range fat {
		fat[i] = noStream
	}
	chain := func(from, n int) {
		for i := from; i < from+n-1; i++ {
			fat[i] = uint32(i + 1)
		}
		fat[from+n-1] = endOfChain
	}
	chain(0, nw)
	chain(nw, nt)
	chain(dirSect, 1)
	for i := range nFAT {
		fat[nData+i] = 0xFFFFFFFD // FATSECT
	}
	h := make([]byte, ss)
	copy(h, Magic)
	le.PutUint16(h[0x18:], 0x3E)
	le.PutUint16(h[0x1A:], 4)
	le.PutUint16(h[0x1C:], 0xFFFE)
	le.PutUint16(h[0x1E:], 12)
	le.PutUint16(h[0x20:], 6)
	le.PutUint32(h[0x2C:], uint32(nFAT))
	le.PutUint32(h[0x30:], uint32(dirSect))
	le.PutUint32(h[0x38:], 4096)
	le.PutUint32(h[0x3C:], endOfChain)
	le.PutUint32(h[0x44:], endOfChain)
	for i := range 109 {
		v := uint32(noStream)
		if i < nFAT {
			v = uint32(nData + i)
		}
		le.PutUint32(h[0x4C+4*i:], v)
	}
	dir := make([]byte, ss)
	entry := func(i int, name string, kind byte, left, right, child, start uint32, size int) {
		e := dir[128*i:]
		for k, r := range name {
			le.PutUint16(e[2*k:], uint16(r))
		}
		le.PutUint16(e[0x40:], uint16(2*len(name)+2))
		e[0x42] = kind
		le.PutUint32(e[0x44:], left)
		le.PutUint32(e[0x48:], right)
		le.PutUint32(e[0x4C:], child)
		le.PutUint32(e[0x74:], start)
		le.PutUint64(e[0x78:], uint64(size))
	}
	for i := range ss / 128 {
		entry(i, "", 0, noStream, noStream, noStream, 0, 0)
	}
	entry(0, "Root Entry", 5, noStream, noStream, 1, endOfChain, 0)
	entry(1, "WordDocument", 2, noStream, 2, noStream, 0, max(len(w), ss))
	entry(2, "0Table", 2, noStream, noStream, noStream, uint32(nw), max(len(t), ss))
	out := append(h, wp...)
	out = append(out, tp...)
	out = append(out, dir...)
	for _, v := range fat {
		out = le.AppendUint32(out, v)
	}
	return out
}
