package docx

import (
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestTwoStylesPartsSameEveryRun reads a file whose main part relates two
// styles parts, each giving the paragraph's style another name: the one
// written first is read, on every run. The part was once taken in a Go
// map's order, so one file could be read with either from run to run.
func TestTwoStylesPartsSameEveryRun(t *testing.T) {
	d := dx.Doc{Body: dx.P(`<w:pStyle w:val="Body"/>`, dx.R("", "nội dung")),
		Styles: dx.DefaultStyles + dx.Style("paragraph", "Body", "first body", "Normal", "", `<w:b/>`)}
	parts := d.Parts()
	parts["word/styles2.xml"] = strings.Replace(parts["word/styles.xml"], "first body", "second body", 1)
	rels := parts["word/_rels/document.xml.rels"]
	const second = `<Relationship Id="rIdStyles2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles2.xml"/>`
	parts["word/_rels/document.xml.rels"] = strings.Replace(rels, "</Relationships>", second+"</Relationships>", 1)
	data := dx.Zip(parts)
	for range 40 {
		doc, err := Read("t.docx", data)
		if err != nil {
			t.Fatal(err)
		}
		if p := para(t, doc, "nội dung"); p.StyleName != "first body" {
			t.Fatalf("the paragraph's style is %q, want the first styles part's \"first body\"", p.StyleName)
		}
	}
}
