package docx

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
	// An archive with no files starts with its end record.
	zipEmpty = []byte("PK\x05\x06")
)

// sniff names what data is when it is not a zip archive, as a finding;
// it returns nil for a zip archive.
func sniff(path string, data []byte) error {
	switch {
	case bytes.HasPrefix(data, zipMagic), bytes.HasPrefix(data, zipEmpty):
		return nil
	case bytes.HasPrefix(data, oleMagic):
		return sniffOLE(path, data)
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return oldFormat(path, diag.Msg("tệp RTF", "an RTF file"))
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return notWord(path, diag.Msg("tệp PDF", "a PDF file"))
	}
	head := bytes.ToLower(data[:min(len(data), 4096)])
	switch {
	case bytes.Contains(head, []byte("<w:worddocument")) || bytes.Contains(head, []byte("word.document")) && bytes.Contains(head, []byte("<?mso-application")):
		return oldFormat(path, diag.Msg("tệp XML của Word 2003", "a Word 2003 XML file"))
	case bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")):
		return notWord(path, diag.Msg("một trang web (HTML)", "a web page (HTML)"))
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".doc" || ext == ".dot" {
		// named a Word 97-2003 file, but neither a compound file nor a
		// .docx renamed: say the format its name promises
		return unreadable(path, diag.Msg("tệp không phải định dạng Word 97-2003 (.doc) (có thể đã hỏng hoặc bị đổi đuôi)", "it is not in the Word 97-2003 (.doc) format (it may be damaged, or renamed)"))
	}
	return unreadable(path, diag.Msg("tệp không phải định dạng .docx (có thể đã hỏng hoặc bị đổi đuôi)", "it is not in the .docx format (it may be damaged, or renamed)"))
}

// sniffOLE tells apart the files kept in an OLE compound file: a Word
// 97-2003 document, an encrypted Office 2007+ file (its package is a
// stream named EncryptedPackage), or another old Office file. It looks
// for the stream names, which the directory stores in UTF-16, rather
// than walking the sectors: a renamed file only has to be named.
func sniffOLE(path string, data []byte) error {
	switch {
	case bytes.Contains(data, utf16le("EncryptedPackage")):
		return encrypted(path)
	case bytes.Contains(data, utf16le("WordDocument")):
		return oldFormat(path, diag.Msg("văn bản Word 97-2003 (.doc)", "a Word 97-2003 document (.doc)"))
	case bytes.Contains(data, utf16le("Workbook")), bytes.Contains(data, utf16le("Book")):
		return notWord(path, diag.Msg("bảng tính Excel 97-2003 (.xls)", "an Excel 97-2003 workbook (.xls)"))
	case bytes.Contains(data, utf16le("PowerPoint Document")):
		return notWord(path, diag.Msg("bản trình chiếu PowerPoint 97-2003 (.ppt)", "a PowerPoint 97-2003 presentation (.ppt)"))
	}
	return oldFormat(path, diag.Msg("một tệp Office 97-2003", "an Office 97-2003 file"))
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}
