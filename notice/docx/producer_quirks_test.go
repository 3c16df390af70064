package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestProducerQuirks: XML that writers other than Word produce, read as
// Word resolves it. Styles with no w:docDefaults leave a run that sets
// nothing at Word's own default, 10 pt Times New Roman (ECMA-376 Part 1,
// 17.3.2.38 sz; 17.7.5.1 docDefaults: the application's default); a
// table with no w:tblGrid (converters that write only the cells) is read
// by its cells; a page number written as a simple field (w:fldSimple) is
// a page number.
func TestProducerQuirks(t *testing.T) {
	styles := dx.DefaultStyle("paragraph", "Normal", "Normal", `<w:jc w:val="both"/>`, "")
	table := `<w:tbl><w:tblPr/><w:tr>` + dx.TextCell("UBND XÃ A") + dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + `</w:tr></w:tbl>`
	header := dx.P(`<w:jc w:val="center"/>`, `<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>`)
	d := read(t, dx.Doc{
		Body:    table + dx.T("Không cỡ chữ"),
		Styles:  styles,
		Headers: []dx.Part{{ID: "rIdH", Name: "header1.xml", XML: header}},
		SectPr:  `<w:sectPr>` + dx.HeaderRef("default", "rIdH") + `<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
	})
	wantLines(t, d, "UBND XÃ A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Không cỡ chữ")
	p := para(t, d, "Không cỡ chữ")
	if r := p.Runs[0].Props; r.Size != 20 || r.Fonts.HAnsi != "Times New Roman" || p.Props.Align != "both" {
		t.Errorf("a run under styles without defaults: %d half-points, %q, aligned %q", r.Size, r.Fonts.HAnsi, p.Props.Align)
	}
	if s := d.Sections; len(s) != 1 || s[0].Headers.Default.PageField() == nil {
		t.Errorf("the page number in a simple field is not seen: %+v", s)
	}
}
