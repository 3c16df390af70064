package reading

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/plain"
)

// TestWordFirstLineIsTheNotices pins that a Word file's first paragraph
// "Thông báo ..." in sentence case over the body is the office's own
// draft, never a web page's post title (the lead's ruling of round 66 is
// on texts a site served): its words stay the notice's to check.
func TestWordFirstLineIsTheNotices(t *testing.T) {
	paras := []string{
		"Thông báo  nghỉ lễ,treo cờ tổ quốc nhân dịp lễ 30/4 và 01/5/2024",
		"Trường THCS An Hòa thông báo lịch nghỉ lễ như sau: từ ngày 27/4/2024 đến hết ngày 01/5/2024./.",
		"Nơi nhận:",
		"- Lưu: VT.",
		"HIỆU TRƯỞNG",
		"Lê Văn Cường",
	}
	r, err := Read("draft.docx", minimalDocx(t, paras))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Text.Paras) == 0 || r.Text.Paras[0].Kind == plain.Page {
		t.Errorf("the Word file's first paragraph is read as a page's line: %+v", r.Text.Paras[:min(1, len(r.Text.Paras))])
	}
}

// minimalDocx writes a Word file of one run per paragraph.
func minimalDocx(t *testing.T, paras []string) []byte {
	var body strings.Builder
	for _, p := range paras {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		xml.EscapeText(&body, []byte(p))
		body.WriteString(`</w:t></w:r></w:p>`)
	}
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
