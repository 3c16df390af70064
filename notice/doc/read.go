package doc

import (
	"bytes"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
)

// Is reports whether data is a compound file holding a Word document (a
// stream named WordDocument), whatever the file is named: a .doc, or a
// .doc renamed .docx. An encrypted .docx, also a compound file, is not.
func Is(data []byte) bool {
	return bytes.HasPrefix(data, Magic) && bytes.Contains(data, utf16le("WordDocument")) &&
		!bytes.Contains(data, utf16le("EncryptedPackage"))
}

// storyStarts are the CPs at which the stories after the main text
// start, and end the CP after the last.
type storyStarts struct {
	hdd, txbx, hdrTxbx, end uint64
}

// stories places the stories of the text one after another ([MS-DOC]
// 2.3.1): the main text, the footnotes, the headers, the comments, the
// endnotes, the text boxes, the headers' text boxes.
func (f *fib) stories() storyStarts {
	var s storyStarts
	s.hdd = uint64(f.ccpText) + uint64(f.ccpFtn)
	s.txbx = s.hdd + uint64(f.ccpHdd) + uint64(f.ccpAtn) + uint64(f.ccpEdn)
	s.hdrTxbx = s.txbx + uint64(f.ccpTxbx)
	s.end = s.hdrTxbx + uint64(f.ccpHdrTxbx)
	return s
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// Read reads the main text of the .doc data, named path in findings, as
// the body of a Word document without formatting: paragraphs, and tables
// of rows of cells. When the file cannot be read the error is a
// diag.List of one finding.
func Read(path string, data []byte) (*docx.Document, error) {
	if len(data) > MaxInputSize {
		return nil, tooLarge(path, diag.Msg("hơn %d MB", "over %d MB", MaxInputSize>>20))
	}
	c, err := openCFB(path, data)
	if err != nil {
		return nil, err
	}
	w, ok, err := c.open("WordDocument")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, notRead(path, diag.Msg("một tệp Office 97-2003 không chứa văn bản Word", "an Office 97-2003 file that holds no Word document"))
	}
	f, err := readFIB(path, w)
	if err != nil {
		return nil, err
	}
	table, ok, err := c.open(f.table)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, damaged(path, diag.Msg("thiếu phần bảng %s", "its %s stream is missing", f.table))
	}
	clx, ok := slice(table, f.clx)
	if !ok {
		return nil, damaged(path, diag.Msg("bảng các đoạn chữ nằm ngoài tệp", "its table of text pieces lies past its end"))
	}
	ps, err := readPieces(path, clx)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, damaged(path, diag.Msg("văn bản không có đoạn chữ nào", "its text has no pieces"))
	}
	st := f.stories()
	n := f.ccpText
	if f.ccpFtn > 0 && uint64(f.ccpText)+uint64(f.ccpFtn) <= uint64(ps[len(ps)-1].end) {
		n += f.ccpFtn // the footnotes are read when the pieces hold them
	}
	if st.end <= uint64(ps[len(ps)-1].end) && st.end <= MaxChars {
		n = uint32(st.end) // and the other stories when they hold them all
	}
	cs, err := chars(path, w, ps, n)
	if err != nil {
		return nil, err
	}
	var runs []fkpRun
	if plc, ok := slice(table, f.btePapx); ok {
		runs = papxRuns(w, plc)
	}
	var chars []chpxRun
	if plc, ok := slice(table, f.bteChpx); ok {
		chars = chpxRuns(w, plc)
	}
	var sections []uint32
	var secs []*docx.Section
	if plc, ok := slice(table, f.bteSed); ok {
		sections = sectionEnds(plc)
		secs = readSections(w, plc)
	}
	if len(secs) == 0 {
		secs = []*docx.Section{{Orientation: "portrait", Columns: 1, Break: "nextPage", PageNumFormat: "decimal"}}
	}
	b := &builder{runs: runs, chars: chars, sections: sections, lists: readNumbering(table, f.plfLst, f.plfLfo)}
	if n == uint32(st.end) && f.ccpTxbx > 0 {
		txbx, _ := slice(table, f.plcfTxbxTxt)
		spa, _ := slice(table, f.plcSpaMom)
		art, _ := slice(table, f.dgg)
		b.boxes = textBoxes(txbx, spa, art, 0, f.ccpTxbx)
		b.boxChars = cs[st.txbx : st.txbx+uint64(f.ccpTxbx)]
	}
	d := &docx.Document{Path: path, Body: b.build(cs[:f.ccpText]), Sections: secs}
	if n == uint32(st.end) && f.ccpHdd > 0 {
		plc, _ := slice(table, f.plcfHdd)
		hb := &builder{runs: runs, chars: chars, lists: b.lists}
		if f.ccpHdrTxbx > 0 {
			txbx, _ := slice(table, f.plcfHdrTxbxTxt)
			spa, _ := slice(table, f.plcSpaHdr)
			art, _ := slice(table, f.dgg)
			hb.boxes = textBoxes(txbx, spa, art, 1, f.ccpHdrTxbx)
			hb.boxChars = cs[st.hdrTxbx : st.hdrTxbx+uint64(f.ccpHdrTxbx)]
		}
		hb.headers(secs, cs[st.hdd:st.hdd+uint64(f.ccpHdd)], plc)
	}
	if f.ccpFtn > 0 && n >= f.ccpText+f.ccpFtn {
		ref, _ := slice(table, f.fndRef)
		txt, _ := slice(table, f.fndTxt)
		d.Footnotes = b.footnotes(cs, f.ccpText, ref, txt)
	}
	d.Index()
	return d, nil
}
