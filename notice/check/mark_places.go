package check

import "math/bits"

// markPlaces is where each mark of a text stands, read once a text on
// the first ask: the offsets of every ASCII byte that is neither a
// letter nor a space, filed by the byte, and the runs of ASCII figures.
// A rule that starts from a mark (a "." before a quotation mark, the
// figures before an hour's "h") asks for that mark's places and reads
// only there, in as many steps as the mark stands in the text, instead
// of searching the text for it itself.
type markPlaces struct {
	// have is the set of the bytes filed, as asciiMarks keeps them;
	// pos holds the offsets of the byte of rank k in have (the k-th
	// byte of it in byte order) at pos[start[k]:start[k+1]], ascending.
	have  [2]uint64
	pos   []int32
	start []int32
	// figures are the runs of ASCII figures, [from, to) each, in order.
	figures [][2]int32
}

// isMarkByte: an ASCII byte neither a letter nor a space, which
// markPlaces files (the tests' reference).
var isMarkByte = func() (t [256]bool) {
	for c := range 0x80 {
		t[c] = c != ' ' && !('a' <= c|0x20 && c|0x20 <= 'z')
	}
	return t
}()

// places returns the offsets of the ASCII byte c (no letter, no space)
// in the text, ascending; the text's places read on first use.
func (v *View) places(s string, c byte) []int32 {
	m := v.markPlacesOf(s)
	bit := uint64(1) << (c & 63)
	if m.have[c>>6]&bit == 0 {
		return nil
	}
	k := bits.OnesCount64(m.have[c>>6] & (bit - 1))
	if c >= 64 {
		k += bits.OnesCount64(m.have[0])
	}
	return m.pos[m.start[k]:m.start[k+1]]
}

// markOffsets returns the offsets of the ASCII bytes of the text that
// are neither letters nor spaces, in the text's order.
func (v *View) markOffsets(s string) []int32 { return v.index(s).markOffs }

// figureRuns returns the runs of ASCII figures of the text, [from, to)
// each, in order.
func (v *View) figureRuns(s string) [][2]int32 { return v.markPlacesOf(s).figures }

// markPlacesOf returns the places of the marks of a text of the view,
// read on first use.
func (v *View) markPlacesOf(s string) *markPlaces {
	x := v.index(s)
	if !x.placesRead {
		x.placesRead = true
		x.places.read(s, x.markOffs, &v.lexicon().slabs)
	}
	return &x.places
}

// read reads the places of the marks of s from the offsets of
// its marks in text order (textIndex.markOffs, which the index's scan
// notes): the runs of figures, and the offsets filed by their byte (a
// counting sort of the marks alone), in steps as many as the marks.
func (m *markPlaces) read(s string, offs []int32, b *indexSlabs) {
	var at [128]int32  // how many of each byte; then where its next offset goes
	figs := b.figs[:0] // scratch: the runs of figures
	for k := 0; k < len(offs); k++ {
		i := offs[k]
		c := s[i]
		at[c]++
		m.have[c>>6] |= 1 << (c & 63)
		if '0' <= c && c <= '9' && (k == 0 || offs[k-1] != i-1 || !isDigit(s[i-1])) {
			j := k + 1 // the figures of a run are marks one after the other
			for j < len(offs) && offs[j] == offs[j-1]+1 && isDigit(s[offs[j]]) {
				j++
			}
			figs = append(figs, [2]int32{i, offs[j-1] + 1})
		}
	}
	m.figures = carve(&b.figSlab, figs)
	b.figs = figs
	n := bits.OnesCount64(m.have[0]) + bits.OnesCount64(m.have[1])
	m.start = take(&b.placeSlab, n+1)
	k, sum := 0, int32(0)
	for w, set := range m.have {
		for ; set != 0; set &= set - 1 {
			c := w<<6 | bits.TrailingZeros64(set)
			count := at[c]
			m.start[k], at[c] = sum, sum
			sum += count
			k++
		}
	}
	m.start[n] = sum
	m.pos = take(&b.placeSlab, len(offs))
	for _, i := range offs {
		c := s[i]
		m.pos[at[c]] = i
		at[c]++
	}
}
