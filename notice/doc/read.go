package doc

import (
	"bytes"
	"encoding/binary"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/docx"
)

// Is reports whether data is a compound file holding a Word document (a
// stream named WordDocument), whatever the file is named: a .doc, or a
// .doc renamed .docx. An encrypted .docx, also a compound file, is not.
func Is(data []byte) bool {
	return IsNamed(data) && bytes.Contains(data, utf16le("WordDocument"))
}

// IsNamed reports whether data, of a file named .doc, is read as one: a
// compound file that is not an encrypted .docx, even one whose directory
// (cut off, damaged) names no WordDocument stream, so that Read says
// what is wrong with it.
func IsNamed(data []byte) bool {
	return bytes.HasPrefix(data, Magic) && !bytes.Contains(data, utf16le("EncryptedPackage"))
}

// comments counts the comments of the main text, the entries of its
// PlcfandRef ([MS-DOC] 2.8.19; an ATRDPre10 is 30 bytes), and gives the
// CP, from 1 (0 for none), where the first opens: its reference, or the
// start of the text it comments on (PlcfAtnBkf, 2.8.10, an FBKF of 4
// bytes each) when that comes first, as a .docx's first comment is met.
// Their text, in the comments' story, is not read: a .docx's is not
// either.
func comments(table []byte, f *fib) (n int, first uint64) {
	ref, ok := slice(table, f.andRef)
	if !ok || f.ccpAtn == 0 || len(ref) < 4 || (len(ref)-4)%34 != 0 {
		return 0, 0
	}
	if n = (len(ref) - 4) / 34; n == 0 {
		return 0, 0
	}
	cp := binary.LittleEndian.Uint32(ref)
	if bkf, ok := slice(table, f.atnBkf); ok && len(bkf) >= 12 && (len(bkf)-4)%8 == 0 {
		cp = min(cp, binary.LittleEndian.Uint32(bkf))
	}
	return n, uint64(cp) + 1
}

// storyStarts are the CPs at which the stories after the main text
// start, and end the CP after the last.
type storyStarts struct {
	hdd, atn, edn, txbx, hdrTxbx, end uint64
}

// stories places the stories of the text one after another ([MS-DOC]
// 2.3.1): the main text, the footnotes, the headers, the comments, the
// endnotes, the text boxes, the headers' text boxes.
func (f *fib) stories() storyStarts {
	var s storyStarts
	s.hdd = uint64(f.ccpText) + uint64(f.ccpFtn)
	s.atn = s.hdd + uint64(f.ccpHdd)
	s.edn = s.atn + uint64(f.ccpAtn)
	s.txbx = s.edn + uint64(f.ccpEdn)
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

// Read reads the .doc data, named path in findings, as a Word document:
// its body (paragraphs, and tables of rows of cells), headers and
// footers, text boxes and footnotes, and the formatting of its sections,
// paragraphs and runs when all of it can be read (ReadLayout). When the
// file cannot be read the error is a diag.List of one finding.
func Read(path string, data []byte) (*docx.Document, error) {
	d, _, err := ReadLayout(path, data)
	return d, err
}

// ReadLayout reads the .doc data as Read does, and reports whether its
// formatting was read: its stylesheet, its fonts and the properties of
// every section, paragraph and run. When it was not, the document's
// paragraphs and runs have no properties and its sections no page, and
// only its text is to be checked.
func ReadLayout(path string, data []byte) (*docx.Document, bool, error) {
	var layout bool
	d, err := read(path, data, &layout)
	if err != nil {
		return nil, false, err
	}
	return d, layout, nil
}

// read reads the .doc data; layout says whether its formatting was read.
func read(path string, data []byte, layout *bool) (*docx.Document, error) {
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
	pagesOK := true
	if plc, ok := slice(table, f.btePapx); ok {
		runs, ok = papxRuns(w, plc)
		pagesOK = ok
	}
	var chars []chpxRun
	if plc, ok := slice(table, f.bteChpx); ok {
		chars, ok = chpxRuns(w, plc)
		pagesOK = pagesOK && ok
	}
	var sections []uint32
	var secs []*docx.Section
	secsOK := false
	if plc, ok := slice(table, f.bteSed); ok {
		sections = sectionEnds(plc)
		secs, secsOK = readSections(w, plc)
	}
	if len(secs) == 0 {
		secs, secsOK = []*docx.Section{unsetSection()}, false
	}
	stsh, _ := slice(table, f.stsh)
	ffn, _ := slice(table, f.sttbfFfn)
	fm := newFormats(readStyles(stsh), fontNames(ffn))
	b := &builder{runs: runs, chars: chars, sections: sections, lists: readNumbering(table, f.plfLst, f.plfLfo), fmt: fm}
	kinds := f.noteKinds(table, st, uint64(n))
	b.refMarks = refMarks(kinds)
	if n == uint32(st.end) && f.ccpTxbx > 0 {
		txbx, _ := slice(table, f.plcfTxbxTxt)
		spa, _ := slice(table, f.plcSpaMom)
		art, _ := slice(table, f.dgg)
		b.boxes = textBoxes(txbx, spa, art, 0, f.ccpTxbx)
		b.boxChars = cs[st.txbx : st.txbx+uint64(f.ccpTxbx)]
	}
	d := &docx.Document{Path: path, Sections: secs}
	b.track = &tracker{changes: &d.Changes}
	d.Changes.Comments, b.track.comment = comments(table, f)
	d.Body = b.build(cs[:f.ccpText])
	if s, ok, err := c.open(summaryStream); err == nil && ok {
		d.Props.Pages = pageCount(s)
	}
	if n == uint32(st.end) && f.ccpHdd > 0 {
		plc, _ := slice(table, f.plcfHdd)
		hb := &builder{runs: runs, chars: chars, lists: b.lists, fmt: fm}
		if f.ccpHdrTxbx > 0 {
			txbx, _ := slice(table, f.plcfHdrTxbxTxt)
			spa, _ := slice(table, f.plcSpaHdr)
			art, _ := slice(table, f.dgg)
			hb.boxes = textBoxes(txbx, spa, art, 1, f.ccpHdrTxbx)
			hb.boxChars = cs[st.hdrTxbx : st.hdrTxbx+uint64(f.ccpHdrTxbx)]
		}
		hb.headers(secs, cs[st.hdd:st.hdd+uint64(f.ccpHdd)], plc)
	}
	b.readNotes(d, cs, kinds)
	if b.over {
		return nil, tooLarge(path, diag.Msg("có hơn %s đoạn văn và ô bảng", "it holds over %s paragraphs and table cells", diag.Count(docx.MaxBlocks)))
	}
	d.Index()
	*layout = fm.ok && pagesOK && secsOK && plainPieces(ps)
	if !*layout {
		forget(d)
	}
	return d, nil
}
