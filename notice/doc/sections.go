package doc

import (
	"encoding/binary"

	"github.com/thongbao/thongbao/notice/docx"
)

// A section's page ([MS-DOC] 2.8.26 PlcfSed, 2.9.245 SED, 2.9.247 Sepx):
// each section's properties are the SEP's defaults changed by the sprms
// of its Sepx, stored in the WordDocument stream at the SED's fcSepx
// (0xFFFFFFFF: none). A section whose Sepx cannot be read keeps its page
// unset (0), so no rule of the page speaks on a guess.

// The section sprms read ([MS-DOC] 2.6.4).
const (
	sprmSBkc          = 0x3009
	sprmSFTitlePage   = 0x300A
	sprmSCcolumns     = 0x500B
	sprmSDxaColumns   = 0x900C
	sprmSNfcPgn       = 0x300E
	sprmSFPgnRestart  = 0x3011
	sprmSDyaHdrTop    = 0xB017
	sprmSDyaHdrBottom = 0xB018
	sprmSPgnStart97   = 0x501C
	sprmSBOrientation = 0x301D
	sprmSXaPage       = 0xB01F
	sprmSYaPage       = 0xB020
	sprmSDxaLeft      = 0xB021
	sprmSDxaRight     = 0xB022
	sprmSDyaTop       = 0x9023
	sprmSDyaBottom    = 0x9024
	sprmSDzaGutter    = 0xB025
	sprmSPgnStart     = 0x7044
)

// readSections reads each section of the PlcfSed plc from the
// WordDocument stream w; all is false when one could not be read.
func readSections(w, plc []byte) (_ []*docx.Section, all bool) {
	le := binary.LittleEndian
	if len(plc) < 4 || (len(plc)-4)%16 != 0 {
		return nil, false
	}
	n := (len(plc) - 4) / 16
	out := make([]*docx.Section, 0, n)
	all = true
	for k := range n {
		s, ok := defaultSection()
		fc := uint64(le.Uint32(plc[4*(n+1)+12*k+2:]))
		if fc != 0xFFFFFFFF {
			if fc+2 > uint64(len(w)) {
				ok = false
			} else if cb := uint64(le.Uint16(w[fc:])); fc+2+cb > uint64(len(w)) {
				ok = false
			} else {
				ok = sectionSprms(s, w[fc+2:fc+2+cb])
			}
		}
		if !ok {
			s, all = unsetSection(), false
		}
		out = append(out, s)
	}
	return out, all
}

// unsetSection is a section whose page is not known: no rule of the page
// reads it.
func unsetSection() *docx.Section {
	return &docx.Section{Orientation: "portrait", Columns: 1, Break: "nextPage", PageNumFormat: "decimal"}
}

// defaultSection is a section of the SEP's defaults: Letter paper,
// margins of 1 inch at the top and bottom and 1.25 at the sides.
func defaultSection() (*docx.Section, bool) {
	return &docx.Section{PageWidth: 12240, PageHeight: 15840, Orientation: "portrait", Columns: 1,
		ColumnSpace: 720, Break: "nextPage", PageNumFormat: "decimal",
		Margins: docx.Margins{Top: 1440, Bottom: 1440, Left: 1800, Right: 1800, Header: 720, Footer: 720}}, true
}

// sectionSprms applies a Sepx's sprms to s; false when one cannot be
// sized.
func sectionSprms(s *docx.Section, b []byte) bool {
	le := binary.LittleEndian
	restart := false
	start := 0
	for len(b) >= 2 {
		op := le.Uint16(b)
		b = b[2:]
		n := operandSize(op, b)
		if n < 0 || n > len(b) {
			return false
		}
		v := 0
		switch n {
		case 1:
			v = int(b[0])
		case 2:
			v = int(int16(le.Uint16(b)))
		}
		m := &s.Margins
		switch op {
		case sprmSXaPage:
			s.PageWidth = int(le.Uint16(b))
		case sprmSYaPage:
			s.PageHeight = int(le.Uint16(b))
		case sprmSDxaLeft:
			m.Left = int(le.Uint16(b))
		case sprmSDxaRight:
			m.Right = int(le.Uint16(b))
		case sprmSDyaTop:
			m.Top = abs(v)
		case sprmSDyaBottom:
			m.Bottom = abs(v)
		case sprmSDzaGutter:
			m.Gutter = int(le.Uint16(b))
		case sprmSDyaHdrTop:
			m.Header = int(le.Uint16(b))
		case sprmSDyaHdrBottom:
			m.Footer = int(le.Uint16(b))
		case sprmSBOrientation:
			s.Orientation = "portrait"
			if v == 2 {
				s.Orientation = "landscape"
			}
		case sprmSFTitlePage:
			s.TitlePage = v != 0
		case sprmSBkc:
			if v >= 0 && v < len(breaks) {
				s.Break = breaks[v]
			}
		case sprmSCcolumns:
			s.Columns = v + 1
		case sprmSDxaColumns:
			s.ColumnSpace = v
		case sprmSNfcPgn:
			if v >= 0 && v < len(pageNumFormats) {
				s.PageNumFormat = pageNumFormats[v]
			}
		case sprmSFPgnRestart:
			restart = v != 0
		case sprmSPgnStart97:
			start = int(le.Uint16(b))
		case sprmSPgnStart:
			start = int(int32(le.Uint32(b)))
		}
		b = b[n:]
	}
	if restart {
		s.PageNumStart = max(start, 1)
	}
	return true
}

// breaks are the kinds of section break (bkc), pageNumFormats the
// formats of page numbers (nfc) a section may have.
var (
	breaks         = [...]string{"continuous", "nextColumn", "nextPage", "evenPage", "oddPage"}
	pageNumFormats = [...]string{"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter"}
)

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
