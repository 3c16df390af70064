package doc

import (
	"encoding/binary"
	"sort"
)

// paraProps are what is read of a paragraph's properties: whether it is
// in a table, and whether its mark ends a table row.
type paraProps struct {
	inTable  bool // sprmPFInTable, or sprmPItap over 0
	ttp      bool // sprmPFTtp: the mark ends a row of an outer table
	innerTtp bool // sprmPFInnerTtp: the mark ends a row of a nested table
	nested   bool // sprmPItap over 1: in a table inside a cell
	ilfo     int  // sprmPIlfo: the list instance, from 1; 0 for none
	ilvl     int  // sprmPIlvl: the list level
	// ilfoSet and ilvlSet: the paragraph sets them itself; when it does
	// not, its style's are taken (styleList)
	ilfoSet, ilvlSet bool
	istd             int // the paragraph's style
	grpprl           []byte
}

// The sprms read ([MS-DOC] 2.6.2).
const (
	sprmPFInTable  = 0x2416
	sprmPFTtp      = 0x2417
	sprmPFInnerTtp = 0x244C
	sprmPItap      = 0x6649
	sprmTDefTable  = 0xD608
	sprmPIlfo      = 0x460B
	sprmPIlvl      = 0x260A
)

// fkpRun is the properties of the paragraphs whose marks lie in [fc, end).
type fkpRun struct {
	fc, end uint32
	props   paraProps
}

// papxRuns reads the paragraphs' properties through the PlcBtePapx of the
// table stream and the FKPs of the WordDocument stream w ([MS-DOC]
// 2.8.25, 2.9.176). A page that cannot be read is left out, and ok is
// then false.
func papxRuns(w, plc []byte) (_ []fkpRun, ok bool) {
	return fkpRuns(w, plc, fkpPage, func(r fkpRun) uint32 { return r.fc })
}

// fkpPage reads one PapxFkp.
func fkpPage(page []byte) []fkpRun {
	le := binary.LittleEndian
	crun := int(page[511])
	if 4*(crun+1)+13*crun > 511 {
		return nil
	}
	out := make([]fkpRun, 0, crun)
	for i := range crun {
		fc, end := le.Uint32(page[4*i:]), le.Uint32(page[4*i+4:])
		b := int(page[4*(crun+1)+13*i]) * 2
		r := fkpRun{fc: fc, end: end}
		if b > 0 && b < 511 {
			r.props = papx(page[b:511])
		}
		out = append(out, r)
	}
	return out
}

// papx reads a PapxInFkp: its size, the style, then the sprms.
func papx(b []byte) paraProps {
	size := 2*int(b[0]) - 1
	b = b[1:]
	if size < 0 {
		if len(b) == 0 {
			return paraProps{}
		}
		size = 2 * int(b[0])
		b = b[1:]
	}
	if size > len(b) || size < 2 {
		return paraProps{}
	}
	p := sprms(b[2:size])
	p.istd, p.grpprl = int(binary.LittleEndian.Uint16(b)), b[2:size]
	return p
}

// sprms reads the properties from a list of sprms, stopping at one it
// cannot size.
func sprms(b []byte) paraProps {
	le := binary.LittleEndian
	var p paraProps
	for len(b) >= 2 {
		op := le.Uint16(b)
		b = b[2:]
		n := operandSize(op, b)
		if n < 0 || n > len(b) {
			break
		}
		switch op {
		case sprmPFInTable:
			p.inTable = n >= 1 && b[0] != 0
		case sprmPFTtp:
			p.ttp = n >= 1 && b[0] != 0
		case sprmPFInnerTtp:
			p.innerTtp = n >= 1 && b[0] != 0
		case sprmPIlfo:
			p.ilfo, p.ilfoSet = int(int16(le.Uint16(b))), true
		case sprmPIlvl:
			p.ilvl, p.ilvlSet = int(b[0]), true
		case sprmPItap:
			if n >= 4 {
				itap := le.Uint32(b)
				p.inTable = p.inTable || itap > 0
				p.nested = itap > 1
			}
		}
		b = b[n:]
	}
	return p
}

// operandSize is the size of sprm op's operand, which starts b; -1 when
// it cannot be told.
func operandSize(op uint16, b []byte) int {
	switch op >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	if op == sprmTDefTable {
		if len(b) < 2 {
			return -1
		}
		return 2 + int(binary.LittleEndian.Uint16(b)) - 1
	}
	if len(b) < 1 {
		return -1
	}
	return 1 + int(b[0])
}

// propsAt returns the properties of the paragraph whose mark is stored
// at fc; false when no page holds it.
func propsAt(runs []fkpRun, fc uint32) (paraProps, bool) {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].end > fc })
	if i < len(runs) && runs[i].fc <= fc {
		return runs[i].props, true
	}
	return paraProps{}, false
}
