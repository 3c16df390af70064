package doc

import (
	"encoding/binary"
	"unicode/utf16"
)

// The stylesheet ([MS-DOC] 2.9.271 STSH, 2.9.260 STD): after its header
// (STSHI, whose STSHIF names the default fonts), one STD for each style
// index (istd), empty ones of size 0. A style has a kind (stk), the style
// it is based on (istdBase, 0xFFF for none), its name, and its
// properties as sprms: a paragraph style both the paragraph's and the
// characters', a character style the characters'. Its effective
// properties are those of the styles it is based on, the farthest
// first, changed by its own.

// The kinds of style.
const (
	stkPara  = 1
	stkChar  = 2
	stkTable = 3
	stkList  = 4
)

// istdNone marks no style; istdNormal is the Normal paragraph style,
// istdDefaultFont the default paragraph font.
const (
	istdNone        = 0xFFF
	istdNormal      = 0
	istdDefaultFont = 10
)

// maxStyleDepth bounds a chain of based-on styles: Word allows 11
// levels; a chain longer, or a loop, is cut there.
const maxStyleDepth = 11

// style is one style of the stylesheet.
type style struct {
	stk  int
	base int
	name string
	pap  []byte // the paragraph's sprms, a paragraph style's
	chp  []byte // the characters' sprms
	ok   bool   // its sprms could all be read
}

// stylesheet is what is read of the STSH: the styles by index, and the
// default fonts (indexes in the font table) of ASCII, East Asian, other
// and complex script text.
type stylesheet struct {
	styles []style
	ftc    [4]int
	read   bool // the STSH was read
}

// readStyles reads the STSH b; a stylesheet not read (read false) when it
// cannot be.
func readStyles(b []byte) *stylesheet {
	le := binary.LittleEndian
	s := &stylesheet{}
	if len(b) < 2 {
		return s
	}
	cb := int(le.Uint16(b))
	if cb < 18 || 2+cb > len(b) {
		return s
	}
	hdr := b[2 : 2+cb]
	cstd, cbBase := int(le.Uint16(hdr)), int(le.Uint16(hdr[2:]))
	s.ftc = [4]int{int(le.Uint16(hdr[12:])), int(le.Uint16(hdr[14:])), int(le.Uint16(hdr[16:])), int(le.Uint16(hdr[12:]))}
	if cb >= 20 {
		s.ftc[3] = int(le.Uint16(hdr[18:]))
	}
	if cbBase < 10 || cstd > MaxStyles {
		return s
	}
	rest := b[2+cb:]
	s.styles = make([]style, 0, cstd)
	for range cstd {
		if len(rest) < 2 {
			return s
		}
		n := int(le.Uint16(rest))
		if 2+n > len(rest) {
			return s
		}
		s.styles = append(s.styles, readStd(rest[2:2+n], cbBase))
		rest = rest[2+n:]
	}
	s.read = true
	return s
}

// readStd reads one STD; an empty one (no kind) when it cannot be.
func readStd(b []byte, cbBase int) style {
	le := binary.LittleEndian
	if len(b) < cbBase+2 || len(b) < 10 {
		return style{}
	}
	st := style{stk: int(le.Uint16(b[2:]) & 0xF), base: int(le.Uint16(b[2:]) >> 4)}
	cupx := int(le.Uint16(b[4:]) & 0xF)
	off := cbBase
	cch := int(le.Uint16(b[off:]))
	if off+2+2*cch+2 > len(b) {
		return style{}
	}
	name := make([]uint16, cch)
	for i := range cch {
		name[i] = le.Uint16(b[off+2+2*i:])
	}
	st.name = string(utf16.Decode(name))
	off += 2 + 2*cch + 2
	var upx [][]byte
	for range cupx {
		off += off & 1
		if off+2 > len(b) {
			return style{}
		}
		n := int(le.Uint16(b[off:]))
		if off+2+n > len(b) {
			return style{}
		}
		upx = append(upx, b[off+2:off+2+n])
		off += 2 + n
	}
	st.ok = true
	switch {
	case st.stk == stkPara && len(upx) >= 2:
		if len(upx[0]) >= 2 {
			st.pap = upx[0][2:] // past the istd
		}
		st.chp = upx[1]
	case st.stk == stkChar && len(upx) >= 1:
		st.chp = upx[0]
	case st.stk == stkTable && len(upx) >= 3:
		if len(upx[1]) >= 2 {
			st.pap = upx[1][2:]
		}
		st.chp = upx[2]
	case st.stk == stkList && len(upx) >= 1:
		if len(upx[0]) >= 2 {
			st.pap = upx[0][2:]
		}
	default:
		st.ok = false
	}
	return st
}

// chain is the styles istd is based on, the farthest first, istd last;
// false when a style of it is missing or its chain loops or runs past
// maxStyleDepth.
func (s *stylesheet) chain(istd int) ([]*style, bool) {
	var out []*style
	for istd != istdNone {
		if istd < 0 || istd >= len(s.styles) || s.styles[istd].stk == 0 || len(out) == maxStyleDepth {
			return nil, false
		}
		out = append(out, &s.styles[istd])
		istd = s.styles[istd].base
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, true
}

// name is the name of style istd, "" for none.
func (s *stylesheet) name(istd int) string {
	if istd < 0 || istd >= len(s.styles) {
		return ""
	}
	return s.styles[istd].name
}
