package doc

import (
	"encoding/binary"
	"sort"
)

// charProps are what is read of a run's direct character properties:
// whether it prints, and in which case.
type charProps struct {
	deleted  bool // sprmCFRMarkDel: a tracked deletion, read as accepted
	inserted bool // sprmCFRMarkIns: a tracked insertion
	restyled bool // sprmCPropRMark: a tracked change of formatting
	vanish   bool // sprmCFVanish: hidden text
	special  bool // sprmCFSpecVanish: a mark always hidden (Word's style separator)
	caps     bool // sprmCFCaps: shown in capitals
	grpprl   []byte
}

// The character sprms read ([MS-DOC] 2.6.1).
const (
	sprmCFRMarkDel = 0x0800
	sprmCFRMarkIns = 0x0801
	// sprmCPropRMark's operand (and sprmCPropRMark90's): its size,
	// then fPropRMark
	sprmCPropRMark   = 0xCA57
	sprmCPropRMark90 = 0xCA89
	sprmCFCaps       = 0x083B
	sprmCFVanish     = 0x083C
	sprmCFSpecVanish = 0x0818
)

// chpxRun is the properties of the characters stored in [fc, end).
type chpxRun struct {
	fc, end uint32
	props   charProps
}

// chpxRuns reads the characters' direct properties through the
// PlcBteChpx of the table stream and the FKPs of the WordDocument stream
// w ([MS-DOC] 2.8.24, 2.9.31). A page that cannot be read is left out,
// and ok is then false.
func chpxRuns(w, plc []byte) (_ []chpxRun, ok bool) {
	return fkpRuns(w, plc, chpxPage, func(r chpxRun) uint32 { return r.fc })
}

// chpxPage reads one ChpxFkp.
func chpxPage(page []byte) []chpxRun {
	le := binary.LittleEndian
	crun := int(page[511])
	if 4*(crun+1)+crun > 511 {
		return nil
	}
	out := make([]chpxRun, 0, crun)
	for i := range crun {
		r := chpxRun{fc: le.Uint32(page[4*i:]), end: le.Uint32(page[4*i+4:])}
		if b := int(page[4*(crun+1)+i]) * 2; b > 0 && b < 511 {
			size := int(page[b])
			if b+1+size <= 511 {
				r.props = charSprms(page[b+1 : b+1+size])
				r.props.grpprl = page[b+1 : b+1+size]
			}
		}
		out = append(out, r)
	}
	return out
}

// charSprms reads the properties from a list of sprms, stopping at one
// it cannot size. A toggle is on at 1, and at 0x81 (the style's
// opposite, read as on: the styles are not read).
func charSprms(b []byte) charProps {
	le := binary.LittleEndian
	var p charProps
	for len(b) >= 2 {
		op := le.Uint16(b)
		b = b[2:]
		n := operandSize(op, b)
		if n < 0 || n > len(b) {
			break
		}
		on := n >= 1 && (b[0] == 1 || b[0] == 0x81)
		switch op {
		case sprmCFRMarkDel:
			p.deleted = on
		case sprmCFRMarkIns:
			p.inserted = on
		case sprmCPropRMark, sprmCPropRMark90:
			p.restyled = n >= 2 && b[1] != 0
		case sprmCFVanish:
			p.vanish = on
		case sprmCFCaps:
			p.caps = on
		case sprmCFSpecVanish:
			p.special = on
		}
		b = b[n:]
	}
	return p
}

// charAt returns the properties of the character stored at fc, and the
// index of its run (-1 for none).
func charAt(runs []chpxRun, fc uint32) (charProps, int) {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].end > fc })
	if i < len(runs) && runs[i].fc <= fc {
		return runs[i].props, i
	}
	return charProps{}, -1
}
