package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// A style separator (w:specVanish on the mark) prints the heading and
// the next paragraph on one line: one paragraph, with the heading's
// indent, its runs keeping their own formatting.
func TestStyleSeparatorJoins(t *testing.T) {
	sep := P(`<w:ind w:firstLine="567"/><w:jc w:val="both"/><w:rPr><w:vanish/><w:specVanish/></w:rPr>`,
		R(`<w:b/>`, "2. Về tổ chức thực hiện:"))
	body := T("Trước") + sep + P(`<w:jc w:val="both"/>`, R("", " Các đơn vị thực hiện.")) + T("Sau")
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "Trước", "2. Về tổ chức thực hiện: Các đơn vị thực hiện.", "Sau")
	p := para(t, d, "Về tổ chức")
	if p.Props.Indent.FirstLine != 567 {
		t.Errorf("joined paragraph's first line %d, want the heading's 567", p.Props.Indent.FirstLine)
	}
	if !run(t, p, "Về tổ chức").Props.Bold || run(t, p, "Các đơn vị").Props.Bold {
		t.Error("runs lost their own formatting")
	}
}

// A mark hidden by w:vanish alone joins too; specVanish turned off, or
// vanish off over a hidden style, does not.
func TestHiddenMarkJoins(t *testing.T) {
	styles := dx.DefaultStyles + dx.Style("paragraph", "An", "Ẩn", "", "", `<w:vanish/>`)
	body := P(`<w:rPr><w:vanish/></w:rPr>`, R("", "Một")) + P("", R("", " hai")) +
		P(`<w:rPr><w:vanish w:val="0"/><w:specVanish w:val="0"/></w:rPr>`, R("", "Ba")) +
		P(`<w:pStyle w:val="An"/><w:rPr><w:vanish w:val="false"/></w:rPr>`, R(`<w:vanish w:val="0"/>`, "Bốn")) +
		P(`<w:pStyle w:val="An"/>`, R(`<w:vanish w:val="0"/>`, "Năm")) + P("", R("", " sáu"))
	d := read(t, dx.Doc{Body: body, Styles: styles})
	wantLines(t, d, "Một hai", "Ba", "Bốn", "Năm sáu")
}

// A paragraph hidden whole, mark and text, prints nothing: the next
// paragraph prints as it is, with its own properties.
func TestHiddenParagraphLendsNothing(t *testing.T) {
	hidden := P(`<w:jc w:val="left"/><w:rPr><w:vanish/></w:rPr>`, R(`<w:vanish/>`, "Dự thảo - không in"))
	body := T("Trước") + hidden + P(`<w:ind w:firstLine="567"/><w:jc w:val="both"/>`, R("", "Đoạn in ra.")) + T("Sau")
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "Trước", "Đoạn in ra.", "Sau")
	if p := para(t, d, "Đoạn in ra."); p.Props.Align != "both" || p.Props.Indent.FirstLine != 567 {
		t.Errorf("the printed paragraph took the hidden one's properties: %+v", p.Props)
	}
}

// A hidden mark does not join past the end of a table cell, nor across
// a section break.
func TestHiddenMarkStopsAtCellAndSection(t *testing.T) {
	cell := dx.Cell(P(`<w:rPr><w:vanish/></w:rPr>`, R("", "Trong ô")))
	sect := P(`<w:rPr><w:vanish/></w:rPr>`+`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`, R("", "Hết phần"))
	body := dx.Table("", dx.Row(cell)) + T("Sau bảng") + sect + T("Phần hai")
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "Trong ô", "Sau bảng", "Hết phần", "Phần hai")
}

// A paragraph joined past a hidden mark still counts in its list, as
// Word counts it (a hidden "1." heading makes the next one "2."), and
// in the order written: the first of a join before the ones it reads on
// into.
func TestHiddenMarkKeepsCount(t *testing.T) {
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "decimal", "%1.", "", ""), dx.Lvl(1, 1, "decimal", "%1.%2.", "", "")) + dx.Num(1, 1)
	hidden := P(dx.NumPr(1, 0)+`<w:rPr><w:vanish/></w:rPr>`, R(`<w:vanish/>`, "Ẩn"))
	body := hidden + np(1, 1, "Con") + np(1, 0, "Hai")
	d := read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "1.1. Con", "2. Hai")
	sep := P(dx.NumPr(1, 0)+`<w:rPr><w:specVanish/></w:rPr>`, R("", "Một:"))
	body = sep + np(1, 0, " tiếp") + np(1, 0, "Ba")
	d = read(t, dx.Doc{Body: body, Numbering: num})
	wantLines(t, d, "1. Một: tiếp", "3. Ba")
}
