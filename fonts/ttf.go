package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// Face is one parsed TrueType font.
type Face struct {
	Name       string // the family and style, from the name table or the file
	Data       []byte // the font file, for embedding
	UnitsPerEm float64
	Ascent     float64 // in font units, positive
	Descent    float64 // in font units, positive
	LineGap    float64
	advances   []uint16    // by glyph index; see tables
	ranges     []cmapRange // sorted code point ranges to glyph ids; see tables
	fast       []float64   // advance in em of the runes below fastLimit; -1: no glyph

	// A face made from tables generated at build time (the embedded
	// set, liberation_gen.go) has its fast table and metrics at once and
	// reads advances and ranges from Data only when a rune at or above
	// fastLimit is asked about (tables): most notices never do.
	lazy sync.Once
}

// fastLimit covers Latin, Vietnamese (U+1EA0-U+1EF9) and general
// punctuation, so that measuring a notice never searches the cmap.
const fastLimit = 0x2100

type cmapRange struct {
	start, end rune
	delta      int32    // glyph = code + delta, when idx is nil
	idx        []uint16 // glyph ids for start..end, when not nil
}

// ErrNotTrueType says a font file cannot be read as a TrueType font.
var ErrNotTrueType = errors.New("not a TrueType font this tool can read")

var errFont = ErrNotTrueType

// Parse reads a TrueType font.
func Parse(name string, data []byte) (*Face, error) {
	f := &Face{Name: name, Data: data}
	if err := f.read(); err != nil {
		return nil, err
	}
	f.fillFast()
	f.lazy.Do(func() {}) // advances and ranges are read
	return f, nil
}

// read reads the metrics, advances and character map of f.Data.
func (f *Face) read() error {
	tables, err := tableDirectory(f.Data)
	if err != nil {
		return fmt.Errorf("parse font %s: %w", f.Name, err)
	}
	for _, step := range []func(map[string][]byte) error{f.readHead, f.readHhea, f.readCmap} {
		if err := step(tables); err != nil {
			return fmt.Errorf("parse font %s: %w", f.Name, err)
		}
	}
	return nil
}

// tables makes sure advances and ranges are read: a face from generated
// tables reads them from its Data on first use. Its Data parsed when the
// tables were generated (TestLiberationGenerated), so it parses now; were
// it not to, the face would know no rune from fastLimit on.
func (f *Face) tables() {
	f.lazy.Do(func() {
		g := &Face{Name: f.Name, Data: f.Data}
		if g.read() == nil {
			f.advances, f.ranges = g.advances, g.ranges
		}
	})
}

// fillFast measures the runes below fastLimit, range by range of the
// sorted ranges: a rune takes the first range that ends at or after it,
// if that range starts at or before it (as glyph finds it).
func (f *Face) fillFast() {
	f.fast = make([]float64, fastLimit)
	covered := rune(-1) // the runes up to here have met their range
	for _, cr := range f.ranges {
		if covered >= fastLimit-1 {
			break
		}
		from, to := max(cr.start, covered+1, 0), min(cr.end, fastLimit-1)
		for r := covered + 1; r < min(from, fastLimit); r++ {
			f.fast[r] = -1 // between two ranges
		}
		covered = max(covered, cr.end)
		if from > to {
			continue
		}
		// cr.glyph, rune by rune, with the range's kind decided once.
		fast, n := f.fast[from:to+1], len(f.advances)
		if cr.idx != nil {
			for i, g := range cr.idx[from-cr.start : to-cr.start+1] {
				fast[i] = -1
				if g != 0 {
					fast[i] = float64(f.advances[g]) / f.UnitsPerEm
				}
			}
			continue
		}
		for i := range fast {
			fast[i] = -1
			if g := (int32(from) + int32(i) + cr.delta) & 0xFFFF; g != 0 && int(g) < n {
				fast[i] = float64(f.advances[g]) / f.UnitsPerEm
			}
		}
	}
	for r := max(covered+1, 0); r < fastLimit; r++ {
		f.fast[r] = -1 // after the last range
	}
	if f.fast[' '] < 0 {
		f.fast[' '] = float64(f.advances[0]) / f.UnitsPerEm // white space is always drawable
	}
}

func tableDirectory(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, errFont
	}
	switch binary.BigEndian.Uint32(data) {
	case 0x00010000, 0x74727565: // TrueType outlines
	default:
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, errFont
	}
	tables := map[string][]byte{}
	for i := range n {
		rec := data[12+16*i:]
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, errFont
		}
		tables[string(rec[:4])] = data[off : off+length]
	}
	for _, name := range requiredTables {
		if _, ok := tables[name]; !ok {
			return nil, fmt.Errorf("%w: no %q table", errFont, name)
		}
	}
	return tables, nil
}

// requiredTables are the tables the PDF writer reads to embed a font; a
// font without one is refused here, with a clear error, rather than there.
var requiredTables = []string{"head", "hhea", "maxp", "hmtx", "cmap", "name", "OS/2", "post", "loca", "glyf"}

func (f *Face) readHead(t map[string][]byte) error {
	head := t["head"]
	if len(head) < 54 {
		return errFont
	}
	f.UnitsPerEm = float64(binary.BigEndian.Uint16(head[18:]))
	if f.UnitsPerEm == 0 {
		return errFont
	}
	return nil
}

func (f *Face) readHhea(t map[string][]byte) error {
	hhea := t["hhea"]
	if len(hhea) < 36 {
		return errFont
	}
	f.Ascent = float64(int16(binary.BigEndian.Uint16(hhea[4:])))
	f.Descent = -float64(int16(binary.BigEndian.Uint16(hhea[6:])))
	f.LineGap = float64(int16(binary.BigEndian.Uint16(hhea[8:])))
	numMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	hmtx := t["hmtx"]
	if numMetrics == 0 || len(hmtx) < 4*numMetrics {
		return errFont
	}
	maxp := t["maxp"]
	if len(maxp) < 6 {
		return errFont
	}
	glyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	f.advances = make([]uint16, max(glyphs, numMetrics))
	for i := range f.advances {
		if i < numMetrics {
			f.advances[i] = binary.BigEndian.Uint16(hmtx[4*i:])
		} else {
			f.advances[i] = f.advances[numMetrics-1]
		}
	}
	return nil
}

// readCmap reads the Unicode character map: format 12 if the font has one,
// else format 4.
func (f *Face) readCmap(t map[string][]byte) error {
	cmap := t["cmap"]
	if len(cmap) < 4 {
		return errFont
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	var fmt4, fmt12 []byte
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return errFont
		}
		platform, encoding := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		unicode := platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)
		switch format := binary.BigEndian.Uint16(sub); {
		case unicode && format == 12:
			fmt12 = sub
		case unicode && format == 4:
			fmt4 = sub
		}
	}
	switch {
	case fmt12 != nil:
		return f.readCmap12(fmt12)
	case fmt4 != nil:
		return f.readCmap4(fmt4)
	}
	return fmt.Errorf("%w: no Unicode character map", errFont)
}

func (f *Face) readCmap12(b []byte) error {
	if len(b) < 16 {
		return errFont
	}
	n := int(binary.BigEndian.Uint32(b[12:]))
	if n < 0 || len(b) < 16+12*n {
		return errFont
	}
	for i := range n {
		g := b[16+12*i:]
		start, end := rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:]))
		first := int32(binary.BigEndian.Uint32(g[8:]))
		f.ranges = append(f.ranges, cmapRange{start: start, end: end, delta: first - int32(start)})
	}
	f.sortRanges()
	return nil
}

func (f *Face) readCmap4(b []byte) error {
	if len(b) < 14 {
		return errFont
	}
	segX2 := int(binary.BigEndian.Uint16(b[6:]))
	if len(b) < 16+4*segX2 {
		return errFont
	}
	ends, starts := b[14:], b[16+segX2:]
	deltas, rangeOffs := b[16+2*segX2:], b[16+3*segX2:]
	for s := 0; s < segX2/2; s++ {
		end, start := rune(binary.BigEndian.Uint16(ends[2*s:])), rune(binary.BigEndian.Uint16(starts[2*s:]))
		delta := int32(int16(binary.BigEndian.Uint16(deltas[2*s:])))
		ro := int(binary.BigEndian.Uint16(rangeOffs[2*s:]))
		if start > end || start == 0xFFFF {
			continue
		}
		r := cmapRange{start: start, end: end, delta: delta}
		if ro != 0 {
			r.idx = make([]uint16, end-start+1)
			base := 16 + 3*segX2 + 2*s + ro
			for c := start; c <= end; c++ {
				p := base + 2*int(c-start)
				if p+2 > len(b) {
					return errFont
				}
				g := binary.BigEndian.Uint16(b[p:])
				if g != 0 {
					g = uint16(int32(g) + delta)
				}
				r.idx[c-start] = g
			}
		}
		f.ranges = append(f.ranges, r)
	}
	f.sortRanges()
	return nil
}

func (f *Face) sortRanges() {
	sort.Slice(f.ranges, func(i, j int) bool { return f.ranges[i].start < f.ranges[j].start })
}

// glyph returns the glyph id of r, 0 when the font has none.
func (f *Face) glyph(r rune) uint16 {
	f.tables()
	i := sort.Search(len(f.ranges), func(i int) bool { return f.ranges[i].end >= r })
	if i == len(f.ranges) || f.ranges[i].start > r {
		return 0
	}
	return f.ranges[i].glyph(r, len(f.advances))
}

// glyph returns the glyph of r, which the range holds, of a font of n
// glyphs.
func (cr cmapRange) glyph(r rune, n int) uint16 {
	if cr.idx != nil {
		return cr.idx[r-cr.start]
	}
	g := (int32(r) + cr.delta) & 0xFFFF
	if int(g) >= n {
		return 0
	}
	return uint16(g)
}

// Has reports whether the font can draw r. White space is always drawable.
func (f *Face) Has(r rune) bool {
	if r >= 0 && r < fastLimit {
		return f.fast[r] >= 0
	}
	return f.glyph(r) != 0
}

// Advance returns the advance width of r in em.
func (f *Face) Advance(r rune) float64 {
	if r >= 0 && r < fastLimit {
		return max(f.fast[r], 0)
	}
	g := f.glyph(r)
	if int(g) >= len(f.advances) {
		return 0
	}
	return float64(f.advances[g]) / f.UnitsPerEm
}

// Width returns the width of s in em: the sum of Advance over its runes,
// with Advance's table lookup written out (a notice measures every word).
// The runes the table holds in two bytes (Latin, "ư", "đ") and in three
// (U+1xxx: "ệ", "ố"; U+20xx: "–", "“") are read inline; range called the
// runtime's decoder for each of them, some half of a Vietnamese word's.
func (f *Face) Width(s string) float64 {
	w := 0.0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			w += max(f.fast[c], 0)
			i++
			continue
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			w += max(f.fast[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)], 0)
			i += 2
			continue
		case (c == 0xE1 || c == 0xE2 && i+1 < len(s) && s[i+1] < 0x84) && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// U+1000-U+20FF, below fastLimit (see below)
			w += max(f.fast[rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)], 0)
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w += f.Advance(r)
		i += n
	}
	return w
}

// The fast table holds every rune Width reads inline, to U+20FF: this
// does not compile if it ends before U+2100.
const _ = uint(fastLimit - 0x2100)
