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
	return IsNamed(data) && bytes.Contains(data, utf16le("WordDocument"))
}

// IsNamed reports whether data, of a file named .doc, is read as one: a
// compound file that is not an encrypted .docx, even one whose directory
// (cut off, damaged) names no WordDocument stream, so that Read says
// what is wrong with it.
func IsNamed(data []byte) bool {
	return bytes.HasPrefix(data, Magic) && !bytes.Contains(data, utf16le("EncryptedPackage"))
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
	n := f.ccpText
	if f.ccpFtn > 0 && uint64(f.ccpText)+uint64(f.ccpFtn) <= uint64(ps[len(ps)-1].end) {
		n += f.ccpFtn // the footnotes are read when the pieces hold them
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
	if plc, ok := slice(table, f.bteSed); ok {
		sections = sectionEnds(plc)
	}
	b := &builder{runs: runs, chars: chars, sections: sections, lists: readNumbering(table, f.plfLst, f.plfLfo)}
	d := &docx.Document{Path: path, Body: b.build(cs[:f.ccpText])}
	if n > f.ccpText {
		ref, _ := slice(table, f.fndRef)
		txt, _ := slice(table, f.fndTxt)
		d.Footnotes = b.footnotes(cs, f.ccpText, ref, txt)
	}
	if b.over {
		return nil, tooLarge(path, diag.Msg("có hơn %s đoạn văn và ô bảng", "it holds over %s paragraphs and table cells", diag.Count(docx.MaxBlocks)))
	}
	return d, nil
}
