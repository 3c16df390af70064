package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestAltChunk: a chunk of another format embedded in the body
// (w:altChunk) is counted and placed at the first paragraph with text
// after it; its text is not read, the paragraphs around it are.
func TestAltChunk(t *testing.T) {
	body := T("trước") + `<w:altChunk r:id="rIdX"/>` + P("") + `<w:altChunk r:id="rIdY"/>` + T("sau")
	d := read(t, dx.Doc{Body: body})
	if d.Embedded.Chunks != 2 || d.Embedded.First.Para == nil || d.Embedded.First.Para.Text != "sau" {
		t.Errorf("embedded %+v", d.Embedded)
	}
	if d := read(t, dx.Doc{Body: T("trước") + T("sau")}); d.Embedded.Chunks != 0 {
		t.Errorf("embedded %+v in a file without a chunk", d.Embedded)
	}
}
