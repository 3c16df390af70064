package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestTextMarksInLanguage: the marks around a header block Word prints in
// page 1's header are in the language of the command line.
func TestTextMarksInLanguage(t *testing.T) {
	header := dx.Table("",
		dx.Row(dx.TextCell("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/TB-SCT"),
			dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 02 tháng 4 năm 2026"))) + "<w:p/>"
	pg := dx.DefaultPage
	pg.TitlePage = true
	pg.Refs = dx.HeaderRef("first", "rIdH2")
	doc := dx.Doc{
		Body:    `<w:p><w:r><w:t>THÔNG BÁO</w:t></w:r></w:p>`,
		SectPr:  pg.XML(),
		Headers: []dx.Part{{ID: "rIdH2", Name: "header2.xml", XML: header}},
	}
	path := filepath.Join(t.TempDir(), "du-thao.docx")
	if err := doc.Write(path); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][2]string{
		"vi": {"[đầu trang]", "[hết đầu trang]"},
		"en": {"[page header]", "[end of page header]"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"text", "--lang", lang, path}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("text --lang %s: exit %d, %s", lang, code, stderr.String())
		}
		lines := strings.Split(stdout.String(), "\n")
		if lines[0] != want[0] || lines[4] != want[1] {
			t.Errorf("text --lang %s: marks %q and %q, want %q", lang, lines[0], lines[4], want)
		}
	}
}
