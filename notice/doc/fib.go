package doc

import (
	"encoding/binary"

	"github.com/thongbao/thongbao/notice/diag"
)

// fib is what is read of the WordDocument stream's file information
// block ([MS-DOC] 2.5.1).
type fib struct {
	nFib      uint16
	encrypted bool
	table     string // "0Table" or "1Table" (fWhichTblStm)
	ccpText   uint32 // characters of the main document
	ccpFtn    uint32 // characters of the footnotes, after the main text
	// characters of the stories after the footnotes, in this order:
	// headers and footers, comments, endnotes, the main text's text
	// boxes, the headers' text boxes
	ccpHdd, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx uint32
	// fc and lcb of the structures read in the table stream
	clx, bteSed, bteChpx, btePapx fcLcb
	fndRef, fndTxt                fcLcb
	ednRef, ednTxt                fcLcb
	plfLst, plfLfo                fcLcb
	// the stylesheet, the fonts, the headers' stories, the drawn
	// objects anchored in the main text and in the headers, the drawing
	// (OfficeArt) records, the text boxes' stories
	stsh, sttbfFfn, plcfHdd, andRef fcLcb
	atnBkf                          fcLcb // where the comments' ranges start
	plcSpaMom, plcSpaHdr, dgg       fcLcb
	plcfTxbxTxt, plcfHdrTxbxTxt     fcLcb
}

type fcLcb struct{ fc, lcb uint32 }

// nFib of Word 97; older versions (Word 6.0, Word 95) lay their text out
// otherwise.
const nFib97 = 0x00C1

// The indexes in FibRgFcLcb97 of the pairs read.
const (
	pairStshf       = 1
	pairPlcfandRef  = 4
	pairPlcfAtnBkf  = 42
	pairPlcfSed     = 6
	pairPlcfHdd     = 11
	pairSttbfFfn    = 15
	pairPlcSpaMom   = 40
	pairPlcSpaHdr   = 41
	pairDggInfo     = 50
	pairPlcfTxbxTxt = 56
	pairPlcfHdrTxbx = 58
	pairPlcfBteChpx = 12
	pairPlcfBtePapx = 13
	pairClx         = 33
)

// readFIB reads the FIB at the start of the WordDocument stream w.
func readFIB(path string, w []byte) (*fib, error) {
	le := binary.LittleEndian
	if len(w) < 0x22 || le.Uint16(w) != 0xA5EC {
		return nil, damaged(path, diag.Msg("phần văn bản không có khối thông tin đầu", "its text has no information block"))
	}
	f := &fib{nFib: le.Uint16(w[2:])}
	flags := le.Uint16(w[0x0A:])
	f.encrypted = flags&0x0100 != 0
	f.table = "0Table"
	if flags&0x0200 != 0 {
		f.table = "1Table"
	}
	if f.encrypted {
		return f, encrypted(path)
	}
	if f.nFib < nFib97-1 {
		return f, notRead(path, diag.Msg("văn bản Word 6.0/95", "a Word 6.0/95 document"))
	}
	off := 0x20
	csw := int(le.Uint16(w[off:]))
	off += 2 + 2*csw
	if off+2 > len(w) {
		return nil, f.short(path)
	}
	cslw := int(le.Uint16(w[off:]))
	off += 2
	if cslw < 4 || off+4*cslw+2 > len(w) {
		return nil, f.short(path)
	}
	f.ccpText, f.ccpFtn = le.Uint32(w[off+12:]), le.Uint32(w[off+16:])
	if cslw >= 11 {
		f.ccpHdd, f.ccpAtn, f.ccpEdn = le.Uint32(w[off+20:]), le.Uint32(w[off+28:]), le.Uint32(w[off+32:])
		f.ccpTxbx, f.ccpHdrTxbx = le.Uint32(w[off+36:]), le.Uint32(w[off+40:])
	}
	off += 4 * cslw
	cb := int(le.Uint16(w[off:]))
	off += 2
	if cb <= pairClx || off+8*cb > len(w) {
		return nil, f.short(path)
	}
	pair := func(i int) fcLcb { return fcLcb{le.Uint32(w[off+8*i:]), le.Uint32(w[off+8*i+4:])} }
	f.fndRef, f.fndTxt = pair(pairPlcffndRef), pair(pairPlcffndTxt)
	if cb > pairPlcfendTxt {
		f.ednRef, f.ednTxt = pair(pairPlcfendRef), pair(pairPlcfendTxt)
	}
	if cb > pairPlfLfo {
		f.plfLst, f.plfLfo = pair(pairPlfLst), pair(pairPlfLfo)
	}
	f.stsh, f.sttbfFfn, f.plcfHdd = pair(pairStshf), pair(pairSttbfFfn), pair(pairPlcfHdd)
	f.andRef = pair(pairPlcfandRef)
	if cb > pairPlcfHdrTxbx {
		f.atnBkf = pair(pairPlcfAtnBkf)
		f.plcSpaMom, f.plcSpaHdr, f.dgg = pair(pairPlcSpaMom), pair(pairPlcSpaHdr), pair(pairDggInfo)
		f.plcfTxbxTxt, f.plcfHdrTxbxTxt = pair(pairPlcfTxbxTxt), pair(pairPlcfHdrTxbx)
	}
	f.clx, f.bteSed, f.bteChpx, f.btePapx = pair(pairClx), pair(pairPlcfSed), pair(pairPlcfBteChpx), pair(pairPlcfBtePapx)
	return f, nil
}

func (f *fib) short(path string) error {
	return damaged(path, diag.Msg("khối thông tin đầu của phần văn bản bị cắt ngắn", "the information block of its text is cut short"))
}

// slice is the structure at fc, lcb bytes long, of stream s; false when it
// lies outside it.
func slice(s []byte, p fcLcb) ([]byte, bool) {
	end := uint64(p.fc) + uint64(p.lcb)
	if end > uint64(len(s)) {
		return nil, false
	}
	return s[p.fc:end], true
}
