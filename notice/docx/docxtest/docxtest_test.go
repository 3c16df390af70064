package docxtest

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

func TestParts(t *testing.T) {
	d := Doc{Body: T("a < b"), Numbering: Num(1, 1), Footnotes: Footnote(1, "x"), Core: "<dc:title>t</dc:title>",
		Headers: []Part{{ID: "rIdH", Name: "header1.xml", XML: T("h")}},
		Extra:   map[string]string{"word/settings.xml": "", "custom.xml": "<c/>"}}
	zr, err := zip.NewReader(bytes.NewReader(d.Bytes()), int64(len(d.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		got[f.Name] = string(b)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", zr.File[0].Name)
	}
	for _, name := range []string{"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml",
		"word/header1.xml", "docProps/core.xml", "word/theme/theme1.xml", "custom.xml", "_rels/.rels", "word/_rels/document.xml.rels"} {
		if _, ok := got[name]; !ok {
			t.Errorf("no part %s", name)
		}
	}
	if _, ok := got["word/settings.xml"]; ok {
		t.Error("an empty Extra value removes the part")
	}
	if !strings.Contains(got["word/document.xml"], "a &lt; b") || !strings.Contains(got["word/document.xml"], `<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"`) {
		t.Errorf("document %s", got["word/document.xml"])
	}
	rels := got["word/_rels/document.xml.rels"]
	for _, typ := range []string{"/styles\"", "/numbering\"", "/footnotes\"", "/header\"", "/theme\""} {
		if !strings.Contains(rels, typ) {
			t.Errorf("no %s relationship in %s", typ, rels)
		}
	}
}

func TestRun(t *testing.T) {
	if got := R("<w:b/>", "a\tb\nc"); got != `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t></w:r>` {
		t.Errorf("run %s", got)
	}
}
