package docx

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"sync"
)

// inflate unpacks a raw DEFLATE stream (RFC 1951) whose data is known to
// be len(out) bytes long, straight into out: the parts of a Word file are
// unpacked whole, their size written in the archive, so the decoder needs
// neither a window of its own nor a reader to copy through. It is about
// twice as fast as an inflater behind io.Reader (klauspost's, which
// pkg.read falls back on).
//
// ok is false for a stream that is broken, ends before out is full,
// holds more than out, or uses what RFC 1951 forbids (an over-subscribed
// or incomplete code but a single one-bit code, as compress/flate
// accepts; a length or distance symbol outside the alphabet; a distance
// before the start). The caller then reads the part the slow way, which
// says what is wrong: inflate only ever gives back the same bytes as
// compress/flate, or nothing.
func inflate(out, src []byte, h *huffTables) bool {
	d := inflater2{src: src, out: out, h: h}
	for {
		final, ok := d.block()
		if !ok {
			return false
		}
		if final {
			return d.o == len(out)
		}
	}
}

// huffTables are the decoding tables of one block, kept from part to
// part of a file.
type huffTables struct {
	lit, dist, cl []uint32
}

// Table entries. A primary table is indexed by the next litBits (distBits,
// clBits) bits of input; a code longer than that goes through a link to a
// subtable indexed by the bits after them.
//
//	bits 0-4   the length of the code (a link: the primary bits)
//	bits 5-7   the kind
//	bits 8-11  extra bits of a length or distance (a link: the subtable's bits)
//	bits 16-31 the literal, the base length or distance (a link: the subtable's index)
const (
	kindLit     = 0 << 5
	kindLen     = 1 << 5 // a length, or a distance in the distance table
	kindEnd     = 2 << 5
	kindLink    = 3 << 5
	kindInvalid = 4 << 5
	kindMask    = 7 << 5

	litBits  = 10
	distBits = 8
	clBits   = 7
)

var (
	lenBase   = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra  = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase  = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	clOrder   = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// Entries of each alphabet's symbols, the code length left out.
var (
	litSyms = func() (t [288]uint32) {
		for s := range t {
			switch {
			case s < 256:
				t[s] = kindLit | uint32(s)<<16
			case s == 256:
				t[s] = kindEnd
			case s < 286:
				t[s] = kindLen | uint32(lenExtra[s-257])<<8 | uint32(lenBase[s-257])<<16
			default:
				t[s] = kindInvalid
			}
		}
		return t
	}()
	distSyms = func() (t [32]uint32) {
		for s := range t {
			if s < 30 {
				t[s] = kindLen | uint32(distExtra[s])<<8 | uint32(distBase[s])<<16
			} else {
				t[s] = kindInvalid
			}
		}
		return t
	}()
	clSyms = func() (t [19]uint32) {
		for s := range t {
			t[s] = kindLit | uint32(s)<<16
		}
		return t
	}()
)

// fixedTables are the tables of RFC 1951's fixed codes, built when a
// block first uses them.
var fixedTables = sync.OnceValue(func() *huffTables {
	var lens [288 + 32]uint8
	for s := range 288 {
		switch {
		case s < 144:
			lens[s] = 8
		case s < 256:
			lens[s] = 9
		case s < 280:
			lens[s] = 7
		default:
			lens[s] = 8
		}
	}
	for s := 288; s < len(lens); s++ {
		lens[s] = 5
	}
	h := &huffTables{}
	h.lit, _ = buildTable(h.lit, lens[:288], litSyms[:], litBits)
	h.dist, _ = buildTable(h.dist, lens[288:], distSyms[:], distBits)
	return h
})

// buildTable builds the decoding table of the code whose lengths are
// lens (0: the symbol is not used), reusing t's memory; it reports false
// for an over-subscribed code or an incomplete one, but a code of a
// single one-bit symbol, which zlib writes and compress/flate accepts. A
// code with no symbol gives a table of invalid entries.
func buildTable(t []uint32, lens []uint8, syms []uint32, pb uint) ([]uint32, bool) {
	var count [16]int
	maxLen := 0
	for _, l := range lens {
		count[l&15]++
		maxLen = max(maxLen, int(l&15))
	}
	count[0] = 0
	var next [16]int
	code := 0
	for l := 1; l <= maxLen; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	size := 1 << pb
	t = slices.Grow(t[:0], size)[:size]
	switch used := code + count[maxLen]; {
	case maxLen == 0 || used == 1 && maxLen == 1:
		// No code, or one code of one bit: the other entries are
		// invalid. A complete code fills every entry.
		for k := range t {
			t[k] = kindInvalid
		}
		if maxLen == 0 {
			return t, true
		}
	case used != 1<<maxLen:
		return t, false
	}
	mask := size - 1
	// The subtables: for each prefix of pb bits, the longest code that
	// starts with it.
	if maxLen > int(pb) {
		var sub [1 << litBits]uint8
		nx := next
		for _, l := range lens {
			if int(l) <= int(pb) {
				continue
			}
			r := reverse(nx[l], int(l))
			nx[l]++
			p := r & mask
			sub[p] = max(sub[p], l)
		}
		for p := range size {
			if sub[p] == 0 {
				continue
			}
			sb := uint32(sub[p]) - uint32(pb)
			t[p] = kindLink | uint32(pb) | sb<<8 | uint32(len(t))<<16
			t = slices.Grow(t, 1<<sb)[:len(t)+1<<sb]
		}
	}
	for s, l := range lens {
		if l == 0 {
			continue
		}
		r := reverse(next[l], int(l))
		next[l]++
		e := syms[s] | uint32(l)
		if int(l) <= int(pb) {
			for k := r; k < size; k += 1 << l {
				t[k] = e
			}
			continue
		}
		link := t[r&mask]
		base, sb := int(link>>16), int(link>>8&15)
		step := 1 << (int(l) - int(pb))
		for k := r >> pb; k < 1<<sb; k += step {
			t[base+k] = e
		}
	}
	return t, true
}

// reverse reverses the n low bits of c: Huffman codes are packed from
// their high bit, and read from the low bit of the input.
func reverse(c, n int) int { return int(bits.Reverse16(uint16(c)) >> (16 - n)) }

// inflater2 is the state of one inflate.
type inflater2 struct {
	src  []byte
	pos  int    // next byte of src to load
	bits uint64 // loaded bits, the next one lowest; above nb, what refill will load again
	nb   uint
	out  []byte
	o    int
	h    *huffTables
}

// refill loads whole bytes until at least 56 bits are loaded, or the
// input ends.
func (d *inflater2) refill() {
	if d.pos+8 <= len(d.src) {
		d.bits |= binary.LittleEndian.Uint64(d.src[d.pos:]) << d.nb
		d.pos += 7 - int(d.nb>>3)
		d.nb |= 56
		return
	}
	for d.nb <= 56 && d.pos < len(d.src) {
		d.bits |= uint64(d.src[d.pos]) << d.nb
		d.pos++
		d.nb += 8
	}
}

// take reads n bits (n <= 32); ok is false past the end of the input.
func (d *inflater2) take(n uint) (uint32, bool) {
	if d.nb < n {
		d.refill()
		if d.nb < n {
			return 0, false
		}
	}
	v := uint32(d.bits & (1<<n - 1))
	d.bits >>= n
	d.nb -= n
	return v, true
}

// block reads one block.
func (d *inflater2) block() (final, ok bool) {
	hdr, ok := d.take(3)
	if !ok {
		return false, false
	}
	final = hdr&1 != 0
	switch hdr >> 1 {
	case 0:
		return final, d.stored()
	case 1:
		f := fixedTables()
		return final, d.codes(f.lit, f.dist)
	case 2:
		if !d.dynamic() {
			return false, false
		}
		return final, d.codes(d.h.lit, d.h.dist)
	}
	return false, false
}

// stored copies a stored block.
func (d *inflater2) stored() bool {
	// Back to the byte boundary, and the loaded whole bytes back to src.
	drop := d.nb & 7
	d.bits >>= drop
	d.nb -= drop
	d.pos -= int(d.nb >> 3)
	d.bits, d.nb = 0, 0
	if d.pos+4 > len(d.src) {
		return false
	}
	n := int(binary.LittleEndian.Uint16(d.src[d.pos:]))
	if uint16(n) != ^binary.LittleEndian.Uint16(d.src[d.pos+2:]) {
		return false
	}
	d.pos += 4
	if n > len(d.src)-d.pos || n > len(d.out)-d.o {
		return false
	}
	copy(d.out[d.o:], d.src[d.pos:d.pos+n])
	d.o += n
	d.pos += n
	return true
}

// dynamic reads the codes of a block with dynamic Huffman codes.
func (d *inflater2) dynamic() bool {
	v, ok := d.take(14)
	if !ok {
		return false
	}
	nlit, ndist, ncl := int(v&31)+257, int(v>>5&31)+1, int(v>>10)+4
	if nlit > 286 || ndist > 30 {
		return false
	}
	var clLens [19]uint8
	for i := range ncl {
		l, ok := d.take(3)
		if !ok {
			return false
		}
		clLens[clOrder[i]] = uint8(l)
	}
	h := d.h
	if h.cl, ok = buildTable(h.cl, clLens[:], clSyms[:], clBits); !ok {
		return false
	}
	var lens [286 + 30]uint8
	n := nlit + ndist
	for i := 0; i < n; {
		d.refill()
		e := h.cl[d.bits&(1<<clBits-1)]
		l := uint(e & 31)
		if e&kindMask != kindLit || l > d.nb {
			return false
		}
		d.bits >>= l
		d.nb -= l
		sym := e >> 16
		if sym < 16 {
			lens[i] = uint8(sym)
			i++
			continue
		}
		var rep uint32
		var fill uint8
		switch sym {
		case 16:
			if i == 0 {
				return false
			}
			fill = lens[i-1]
			x, ok := d.take(2)
			if !ok {
				return false
			}
			rep = 3 + x
		case 17:
			x, ok := d.take(3)
			if !ok {
				return false
			}
			rep = 3 + x
		default:
			x, ok := d.take(7)
			if !ok {
				return false
			}
			rep = 11 + x
		}
		if i+int(rep) > n {
			return false
		}
		for range rep {
			lens[i] = fill
			i++
		}
	}
	if h.lit, ok = buildTable(h.lit, lens[:nlit], litSyms[:], litBits); !ok {
		return false
	}
	h.dist, ok = buildTable(h.dist, lens[nlit:n], distSyms[:], distBits)
	return ok
}

// codes decodes the data of a block with the tables lit and dist, up to
// its end-of-block code.
func (d *inflater2) codes(lit, dist []uint32) bool {
	src, out := d.src, d.out
	pos, bits, nb, o := d.pos, d.bits, d.nb, d.o
	defer func() { d.pos, d.bits, d.nb, d.o = pos, bits, nb, o }()
	for {
		// One load holds a whole length and distance: 15+5+15+13 bits.
		if nb < 48 {
			if pos+8 <= len(src) {
				bits |= binary.LittleEndian.Uint64(src[pos:]) << nb
				pos += 7 - int(nb>>3)
				nb |= 56
			} else {
				for nb <= 56 && pos < len(src) {
					bits |= uint64(src[pos]) << nb
					pos++
					nb += 8
				}
			}
		}
		e := lit[bits&(1<<litBits-1)]
		if e&kindMask == kindLink {
			e = lit[int(e>>16)+int(bits>>litBits&(1<<(e>>8&15)-1))]
		}
		n := uint(e & 31)
		if n > nb {
			return false
		}
		bits >>= n
		nb -= n
		switch e & kindMask {
		case kindLit:
			if o >= len(out) {
				return false
			}
			out[o] = byte(e >> 16)
			o++
			continue
		case kindEnd:
			return true
		case kindLen:
		default:
			return false
		}
		x := uint(e >> 8 & 15)
		if x > nb {
			return false
		}
		length := int(e>>16) + int(bits&(1<<x-1))
		bits >>= x
		nb -= x
		e = dist[bits&(1<<distBits-1)]
		if e&kindMask == kindLink {
			e = dist[int(e>>16)+int(bits>>distBits&(1<<(e>>8&15)-1))]
		}
		n = uint(e & 31)
		x = uint(e >> 8 & 15)
		if e&kindMask != kindLen || n+x > nb {
			return false
		}
		bits >>= n
		dst := int(e>>16) + int(bits&(1<<x-1))
		bits >>= x
		nb -= n + x
		if dst > o || length > len(out)-o {
			return false
		}
		end := o + length
		if dst >= 8 && length <= 16 && o+16 <= len(out) {
			// A short match, most of them: two words, each read from
			// before where it is written (the second may read what the
			// first wrote, as the match says). What goes past its end
			// is written again by what follows.
			binary.LittleEndian.PutUint64(out[o:], binary.LittleEndian.Uint64(out[o-dst:]))
			binary.LittleEndian.PutUint64(out[o+8:], binary.LittleEndian.Uint64(out[o-dst+8:]))
			o = end
			continue
		}
		if dst >= length {
			copy(out[o:end], out[o-dst:])
			o = end
			continue
		}
		// An overlapping copy repeats the last dst bytes: each copy
		// doubles what the next may take from.
		from := o - dst
		for o < end {
			o += copy(out[o:end], out[from:o])
		}
	}
}
