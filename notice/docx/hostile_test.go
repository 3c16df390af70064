package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// hostile are files Read must refuse with one clear finding.
func hostile(t testing.TB) []struct {
	name, rule, en string
	data           []byte
} {
	valid := dx.Doc{Body: T("x")}
	withPart := func(name, content string) []byte {
		return dx.Doc{Body: T("x"), Extra: map[string]string{name: content}}.Bytes()
	}
	docHead := `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
	docTail := `</w:body></w:document>`
	return []struct {
		name, rule, en string
		data           []byte
	}{
		{"empty", RuleUnreadable, "cannot read the Word file t.docx: the file is empty (0 bytes)", nil},
		{"random bytes", RuleUnreadable, "cannot read the Word file t.docx: it is not in the .docx format (it may be damaged, or renamed)", randomBytes(4096)},
		{"old .doc", RuleOldFormat, "the file t.docx is a Word 97-2003 document (.doc), not a .docx file", ole("WordDocument", "1Table")},
		{"encrypted", RuleEncrypted, "the file t.docx is protected by a password to open; its text cannot be read", ole("EncryptionInfo", "EncryptedPackage")},
		{"old .xls", RuleNotWord, "the file t.docx is an Excel 97-2003 workbook (.xls), not a Word document", ole("Workbook")},
		{"rtf", RuleOldFormat, "the file t.docx is an RTF file, not a .docx file", []byte(`{\rtf1\ansi THÔNG BÁO}`)},
		{"word 2003 xml", RuleOldFormat, "the file t.docx is a Word 2003 XML file, not a .docx file",
			[]byte(`<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="x"/>`)},
		{"pdf", RuleNotWord, "the file t.docx is a PDF file, not a Word document", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj")},
		{"html", RuleNotWord, "the file t.docx is a web page (HTML), not a Word document", []byte("<!DOCTYPE html><html><body>THÔNG BÁO</body></html>")},
		{"zip of something else", RuleNotWord, "the file t.docx is a zip archive of something else, not a Word document",
			dx.Zip(map[string]string{"readme.txt": "hello", "photo.jpg": "\xff\xd8"})},
		{"empty zip", RuleNotWord, "the file t.docx is a zip archive of something else, not a Word document", dx.Zip(nil)},
		{"odt", RuleNotWord, "the file t.docx is an OpenDocument text (.odt), not a Word document",
			dx.Zip(map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})},
		{"xlsx", RuleNotWord, "the file t.docx is an Excel workbook, not a Word document", dx.Zip(map[string]string{
			"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
			"_rels/.rels":         `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
			"xl/workbook.xml":     "<workbook/>"})},
		{"main part missing", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml (the main text of the document) is missing",
			withPart("word/document.xml", "")},
		{"cut short", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml is cut short (its end is missing)",
			withPart("word/document.xml", docHead+"<w:p><w:r><w:t>THÔNG")},
		{"mismatched tags", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml is not well-formed",
			withPart("word/document.xml", docHead+"<w:p></w:r>"+docTail)},
		{"no body", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml has no document body",
			withPart("word/document.xml", `<html><body/></html>`)},
		{"deep", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml nests deeper than 256 levels",
			withPart("word/document.xml", docHead+strings.Repeat("<w:sdt><w:sdtContent>", 200)+strings.Repeat("</w:sdtContent></w:sdt>", 200)+docTail)},
		{"too many elements", RuleTooLarge, "the file t.docx is too large: its part word/document.xml holds too many elements (over 1000000 in the whole file)",
			withPart("word/document.xml", docHead+strings.Repeat("<w:p/>", MaxElements)+docTail)},
		{"too many paragraphs", RuleTooLarge, "the file t.docx is too large: it holds over 50,000 paragraphs and table cells",
			dx.Doc{Body: strings.Repeat("<w:p/>", MaxBlocks+1)}.Bytes()},
		{"too many cells", RuleTooLarge, "the file t.docx is too large: it holds over 50,000 paragraphs and table cells",
			dx.Doc{Body: "<w:tbl><w:tr>" + strings.Repeat("<w:tc/>", MaxBlocks+1) + "</w:tr></w:tbl>"}.Bytes()},
		{"too many styles", RuleTooLarge, "the file t.docx is too large: it defines over 10,000 styles",
			dx.Doc{Body: T("x"), Styles: strings.Repeat(`<w:style w:styleId="a"/>`, MaxDefinitions+1)}.Bytes()},
		{"too many numberings", RuleTooLarge, "the file t.docx is too large: it defines over 10,000 automatic numberings",
			dx.Doc{Body: T("x"), Numbering: manyNumberings(MaxDefinitions + 1)}.Bytes()},
		{"billion laughs", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml holds a DOCTYPE declaration, which Word never writes",
			withPart("word/document.xml", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>`+docHead+"&lol2;"+docTail)},
		{"unknown entity", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml holds an invalid entity reference",
			withPart("word/document.xml", docHead+"<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>"+docTail)},
		{"not UTF-8", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml is not valid UTF-8",
			withPart("word/document.xml", docHead+"<w:p><w:r><w:t>C\xf4ng</w:t></w:r></w:p>"+docTail)},
		{"control character", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml holds a control character XML does not allow",
			withPart("word/document.xml", docHead+"<w:p><w:r><w:t>a\x01b</w:t></w:r></w:p>"+docTail)},
		{"broken styles", RuleBroken, "the Word file t.docx is damaged: its part word/styles.xml is not well-formed",
			withPart("word/styles.xml", `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style</w:styles>`)},
		{"broken header", RuleBroken, "the Word file t.docx is damaged: its part word/header1.xml is not well-formed",
			dx.Doc{Body: T("x"), SectPr: `<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>`,
				Headers: []dx.Part{{ID: "rIdH", Name: "header1.xml", XML: "<w:p>"}}}.Bytes()},
		{"damaged archive", RuleUnreadable, "cannot read the Word file t.docx: it is damaged or incomplete (a download or a copy that did not finish)", valid.Bytes()[:len(valid.Bytes())/2]},
		{"too many files", RuleTooLarge, "the file t.docx is too large: it holds over 5,000 files inside", manyEntries(MaxEntries + 1)},
		{"unknown compression", RuleUnreadable, "cannot read the Word file t.docx: its part word/document.xml is compressed in a way Word does not use", oddCompression(t)},
		{"too large", RuleTooLarge, "the file t.docx is too large: it is larger than 32 MiB", append([]byte("PK\x03\x04"), make([]byte, MaxInputSize)...)},
		{"zip bomb", RuleTooLarge, "the file t.docx is too large: its part word/document.xml unpacks to more than 32 MiB",
			bomb(t, map[string]int{"word/document.xml": MaxPartSize + 1}, false)},
		{"zip bomb over the total", RuleTooLarge, "the file t.docx is too large: it unpacks to more than 64 MiB",
			bomb(t, map[string]int{"word/document.xml": 30 << 20, "word/styles.xml": 30 << 20, "word/settings.xml": 8 << 20}, false)},
		{"zip bomb with lying sizes", RuleBroken, "the Word file t.docx is damaged: its part word/document.xml cannot be unpacked",
			bomb(t, map[string]int{"word/document.xml": 40 << 20}, true)},
	}
}

func TestHostile(t *testing.T) {
	for _, c := range hostile(t) {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read("dir/t.docx", c.data)
			if err == nil {
				t.Fatalf("read %d paragraphs, want a finding", len(d.Paragraphs()))
			}
			var l diag.List
			if !errors.As(err, &l) || len(l) != 1 {
				t.Fatalf("error %T %v, want one finding", err, err)
			}
			f := l[0]
			if f.Rule != c.rule || f.Severity != diag.Error || f.Message.EN != c.en || f.Pos.Path != "dir/t.docx" {
				t.Errorf("finding %s %s %q\n want %s %q", f.Rule, f.Severity, f.Message.EN, c.rule, c.en)
			}
			if f.Message.VI == "" || f.Fix.VI == "" || f.Fix.EN == "" || !strings.Contains(f.Message.VI, "t.docx") {
				t.Errorf("message or fix missing: %+v", f)
			}
		})
	}
}

func TestHostileMessagesInVietnamese(t *testing.T) {
	_, err := Read("a.docx", ole("WordDocument"))
	f := err.(diag.List)[0]
	if f.Message.VI != "tệp a.docx là văn bản Word 97-2003 (.doc), không phải tệp .docx" ||
		f.Fix.VI != "mở tệp bằng Word rồi lưu lại dưới dạng .docx (Tệp > Lưu thành > Tài liệu Word)" {
		t.Errorf("finding %+v", f)
	}
}

// TestHostileMessagesNameStdin: a Word file read from standard input is
// named in each language's words: the Vietnamese message said
// "tệp <stdin>", and a file with no path read "the file này" in English.
func TestHostileMessagesNameStdin(t *testing.T) {
	tests := []struct{ path, vi, en string }{
		{diag.Stdin, "tệp từ đầu vào chuẩn là văn bản Word 97-2003 (.doc), không phải tệp .docx",
			"the file from standard input is a Word 97-2003 document (.doc), not a .docx file"},
		{"", "tệp này là văn bản Word 97-2003 (.doc), không phải tệp .docx",
			"the file given is a Word 97-2003 document (.doc), not a .docx file"},
	}
	for _, tt := range tests {
		_, err := Read(tt.path, ole("WordDocument"))
		f := err.(diag.List)[0]
		if f.Message.VI != tt.vi || f.Message.EN != tt.en {
			t.Errorf("Read(%q): message %q / %q, want %q / %q", tt.path, f.Message.VI, f.Message.EN, tt.vi, tt.en)
		}
	}
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// ole is an OLE compound file header followed by a directory naming
// streams, which is what tells the kinds apart.
func ole(streams ...string) []byte {
	b := append([]byte{}, oleMagic...)
	b = append(b, make([]byte, 504)...)
	for _, s := range streams {
		entry := make([]byte, 128)
		copy(entry, utf16le(s))
		b = append(b, entry...)
	}
	return b
}

func manyEntries(n int) []byte {
	parts := map[string]string{}
	for i := range n {
		parts["f/"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('0'+i%10))+strings.Repeat("y", i/260)] = ""
	}
	for len(parts) < n {
		parts["g/"+string(rune(0x4e00+len(parts)))] = ""
	}
	return dx.Zip(parts)
}

// oddCompression stores the main part with compression method 99.
func oddCompression(t testing.TB) []byte {
	parts := dx.Doc{Body: T("x")}.Parts()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(99, func(w io.Writer) (io.WriteCloser, error) { return nopCloser{w}, nil })
	for name, content := range parts {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		if name == "word/document.xml" {
			h.Method = 99
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	zw.Close()
	return buf.Bytes()
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// bomb is a valid Word file whose parts named in sizes unpack to that
// many bytes (white space inside the root element). With lie, the sizes
// in the archive's headers say 100 bytes.
func bomb(t testing.TB, sizes map[string]int, lie bool) []byte {
	parts := dx.Doc{Body: T("x")}.Parts()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		n, big := sizes[name]
		if !big {
			w, _ := zw.Create(name)
			io.WriteString(w, content)
			continue
		}
		cut := strings.Index(content, "?>") + 2
		head, tail := content[:cut], content[cut:]
		var raw bytes.Buffer
		fw, _ := flate.NewWriter(&raw, flate.BestSpeed)
		io.WriteString(fw, head)
		pad := bytes.Repeat([]byte(" "), 1<<20)
		for left := n; left > 0; left -= len(pad) {
			fw.Write(pad[:min(left, len(pad))])
		}
		io.WriteString(fw, tail)
		fw.Close()
		size := uint64(len(head) + n + len(tail))
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, UncompressedSize64: size, CompressedSize64: uint64(raw.Len())}
		if lie {
			h.UncompressedSize64 = 100
		}
		w, err := zw.CreateRaw(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw.Bytes())
	}
	zw.Close()
	return buf.Bytes()
}

// BenchmarkHostile times the refusal of the costliest hostile files:
// each must take well under a second.
func BenchmarkHostile(b *testing.B) {
	worst := map[string]bool{"too many elements": true, "too many paragraphs": true, "too many styles": true,
		"zip bomb over the total": true, "deep": true, "random bytes": true}
	for _, c := range hostile(b) {
		if !worst[c.name] {
			continue
		}
		b.Run(strings.ReplaceAll(c.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				if _, err := Read("t.docx", c.data); err == nil {
					b.Fatal("read")
				}
			}
		})
	}
}

func manyNumberings(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(dx.AbstractNum(i, dx.Lvl(0, 1, "decimal", "%1.", "", "")))
	}
	return b.String()
}
