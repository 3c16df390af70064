package docx

import (
	"encoding/json"
	"strings"
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

func TestTrackedChangesAccepted(t *testing.T) {
	body := P("",
		R("", "Giữ "),
		`<w:ins w:id="1" w:author="A"><w:r><w:t>thêm </w:t></w:r></w:ins>`,
		`<w:del w:id="2" w:author="A"><w:r><w:delText>xóa </w:delText></w:r></w:del>`,
		`<w:moveFrom w:id="3"><w:r><w:t>đi </w:t></w:r></w:moveFrom>`,
		`<w:moveTo w:id="4"><w:r><w:t>đến</w:t></w:r></w:moveTo>`) +
		P(`<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>`, R("", "Đoạn bị xóa dấu ")) +
		P(`<w:jc w:val="center"/>`, R("", "nối với đoạn sau")) +
		P(`<w:pPrChange w:id="6"><w:pPr/></w:pPrChange>`, R(`<w:b/><w:rPrChange w:id="7"><w:rPr/></w:rPrChange>`, "định dạng"))
	d := read(t, dx.Doc{Body: body, Settings: `<w:trackRevisions/>`})
	wantLines(t, d, "Giữ thêm đến", "Đoạn bị xóa dấu nối với đoạn sau", "định dạng")
	c := d.Changes
	if c.Insertions != 1 || c.Deletions != 2 || c.Moves != 2 || c.Formatting != 2 || c.Tracked() != 7 || !c.Tracking {
		t.Errorf("changes %+v", c)
	}
	if c.First.Para != para(t, d, "Giữ") || c.First.Offset != len("Giữ ") {
		t.Errorf("first change at %+v", c.First)
	}
	if p := para(t, d, "Đoạn bị xóa"); p.Props.Align != "center" {
		t.Errorf("joined paragraph takes the next one's properties: %q", p.Props.Align)
	}
	if r := run(t, para(t, d, "thêm"), "thêm"); !r.Inserted {
		t.Error("inserted text is not marked")
	}
	if v := d.View(); v.Changes.FirstLine != 1 {
		t.Errorf("view: first change on line %d", v.Changes.FirstLine)
	}
}

func TestDeletedRowsAndComments(t *testing.T) {
	tbl := dx.Table("", dx.Row(dx.TextCell("giữ")), `<w:tr><w:trPr><w:del w:id="1"/></w:trPr>`+dx.TextCell("bỏ")+`</w:tr>`)
	body := tbl + P("", R("", "Có "), `<w:commentRangeStart w:id="0"/>`, R("", "ý kiến"), `<w:commentRangeEnd w:id="0"/>`,
		`<w:r><w:commentReference w:id="0"/></w:r>`)
	comments := `<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Sửa lại</w:t></w:r></w:p></w:comment>`
	d := read(t, dx.Doc{Body: body, Comments: comments})
	wantLines(t, d, "giữ", "Có ý kiến")
	if d.Changes.Deletions != 1 || d.Changes.Comments != 1 || d.Changes.FirstComment.Para != para(t, d, "Có") || d.Changes.FirstComment.Offset != 4 {
		t.Errorf("changes %+v", d.Changes)
	}
}

func TestTextBox(t *testing.T) {
	body := P("", R("", "Neo"), dx.TextBox(T("Trong hộp"), T("Dòng hai"))) + T("Sau")
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "Neo", "Trong hộp", "Dòng hai", "Sau")
	if p := para(t, d, "Trong hộp"); !p.TextBox || p.Index != 1 {
		t.Errorf("text box paragraph %+v", p)
	}
	if para(t, d, "Neo").TextBox {
		t.Error("the anchor is not in the text box")
	}
}

func TestFootnotes(t *testing.T) {
	// Notes are numbered in the order of reference, whatever their ids.
	body := P("", R("", "Chính phủ"), dx.FootnoteRef(5), R("", ", Thủ tướng"), dx.FootnoteRef(2), R("", ".")) +
		P("", R("", "Dấu riêng"), `<w:r><w:footnoteReference w:customMarkFollows="1" w:id="7"/><w:t>*</w:t></w:r>`)
	notes := dx.Footnote(2, "Chỉ thị số 04/CT-TTg.") + dx.Footnote(5, "Nghị quyết số 01/NQ-CP.") +
		`<w:footnote w:id="7"><w:p><w:r><w:t>* Ghi chú riêng.</w:t></w:r></w:p></w:footnote>` + dx.Footnote(9, "Không được tham chiếu.")
	d := read(t, dx.Doc{Body: body, Footnotes: notes})
	wantLines(t, d, "Chính phủ¹, Thủ tướng².", "Dấu riêng*", "¹ Nghị quyết số 01/NQ-CP.", "² Chỉ thị số 04/CT-TTg.", "* Ghi chú riêng.")
	if len(d.Footnotes) != 3 {
		t.Fatalf("%d footnotes, want the 3 referenced", len(d.Footnotes))
	}
	n := d.Footnotes[0]
	p := para(t, d, "Chính phủ")
	if n.ID != 5 || n.Number != "1" || n.Ref != p || n.RefOffset != len("Chính phủ") || n.Custom {
		t.Errorf("first note %+v", n)
	}
	if c := d.Footnotes[2]; !c.Custom || c.Number != "*" {
		t.Errorf("custom note %+v", c)
	}
	if len(p.Notes) != 2 || p.Notes[1].Note != d.Footnotes[1] || p.Notes[1].Offset != strings.Index(p.Text, "²") {
		t.Errorf("references %+v", p.Notes)
	}
	if r := run(t, p, "¹"); r.Note != n {
		t.Error("the reference run does not name its note")
	}
	l := d.Listing()
	if l.Lines[2].Kind != LineNote || l.Lines[2].Note != n {
		t.Errorf("note line %+v", l.Lines[2])
	}
	if got := n.Paragraphs()[0]; got.Story != InFootnote || got.Text != "¹ Nghị quyết số 01/NQ-CP." {
		t.Errorf("note paragraph %q in %v", got.Text, got.Story)
	}
}

func TestEndnotesAndNoteFormat(t *testing.T) {
	body := P("", R("", "Xem"), `<w:r><w:endnoteReference w:id="3"/></w:r>`, R("", " và"), dx.FootnoteRef(1))
	settings := `<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>`
	d := read(t, dx.Doc{Body: body, Settings: settings, Footnotes: dx.Footnote(1, "Chú thích."),
		Endnotes: `<w:endnote w:id="3"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Cuối.</w:t></w:r></w:p></w:endnote>`})
	wantLines(t, d, "Xemⁱ vàᶜ", "ᶜ Chú thích.", "ⁱ Cuối.") // marks raised, as printed
}

func TestFields(t *testing.T) {
	body := P("",
		R("", "Trang "), dx.Field("", "PAGE \\* MERGEFORMAT", "3"),
		R("", " / "), `<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>`,
		R("", " "),
		// a field whose instruction holds another field: only the outer result shows
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>`,
		dx.Field("", "DOCPROPERTY x", "ẩn"),
		`<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`,
		R("", "kết quả"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
		// a field without a result shows nothing
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	d := read(t, dx.Doc{Body: body})
	p := d.Paragraphs()[0]
	if p.Text != "Trang 3 / 9 kết quả" {
		t.Fatalf("text %q", p.Text)
	}
	var codes []string
	for _, f := range p.Fields {
		codes = append(codes, f.Code+"="+p.Text[f.Start:f.End])
	}
	if got := strings.Join(codes, " "); got != "PAGE=3 NUMPAGES=9 IF=kết quả" {
		t.Errorf("fields %s", got)
	}
	if r := run(t, p, "3"); r.Field != "PAGE" {
		t.Errorf("run field %q", r.Field)
	}
}

func TestFieldAcrossParagraphs(t *testing.T) {
	body := P("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \o</w:instrText></w:r>`,
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, R("", "Mục một")) +
		P("", R("", "Mục hai"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`, R("", " sau"))
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "Mục một", "Mục hai sau")
	a, b := para(t, d, "Mục một"), para(t, d, "Mục hai")
	if len(a.Fields) != 1 || a.Fields[0].Code != "TOC" || a.Fields[0].End != len(a.Text) ||
		len(b.Fields) != 1 || b.Fields[0].Start != 0 || b.Fields[0].End != len("Mục hai") {
		t.Errorf("fields %+v %+v", a.Fields, b.Fields)
	}
}

func TestHeadersAndFooters(t *testing.T) {
	pageNo := P(`<w:pStyle w:val="Header"/><w:jc w:val="center"/>`, dx.Field(`<w:sz w:val="26"/>`, "PAGE", "2"))
	pg := dx.DefaultPage
	pg.TitlePage = true
	pg.Refs = dx.HeaderRef("default", "rIdH1") + dx.HeaderRef("first", "rIdH2") + dx.FooterRef("default", "rIdF1")
	second := dx.Page{W: 11906, H: 16838, Top: 1134, Bottom: 1134, Left: 1701, Right: 851}
	d := read(t, dx.Doc{
		Body:    T("trang một") + P(pg.XML(), R("", "hết mục")) + T("mục hai"),
		SectPr:  second.XML(),
		Headers: []dx.Part{{ID: "rIdH1", Name: "header1.xml", XML: pageNo}, {ID: "rIdH2", Name: "header2.xml", XML: "<w:p/>"}},
		Footers: []dx.Part{{ID: "rIdF1", Name: "footer1.xml", XML: T("chân trang")}},
	})
	wantLines(t, d, "trang một", "hết mục", "mục hai")
	s := d.Sections[0]
	if !s.TitlePage || s.Headers.Default == nil || s.Headers.First == nil || s.Footers.Default == nil {
		t.Fatalf("section %+v", s)
	}
	p := s.Headers.Default.PageField()
	if p == nil || p.Props.Align != "center" || p.Runs[0].Props.Size != 26 || p.Story != InHeader {
		t.Errorf("page number paragraph %+v", p)
	}
	if s.Headers.First.PageField() != nil {
		t.Error("the first-page header has no page number")
	}
	if s.Headers.Default.Part != "word/header1.xml" {
		t.Errorf("part %q", s.Headers.Default.Part)
	}
	if s2 := d.Sections[1]; s2.Headers.Default != s.Headers.Default || s2.TitlePage {
		t.Error("the second section inherits the headers, not the first-page setting")
	}
}

func TestTables(t *testing.T) {
	header := dx.Table("",
		dx.Row(dx.TextCell("UBND TỈNH LÀO CAI", "VĂN PHÒNG", "Số:      /TB-VP"),
			dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Lào Cai, ngày      tháng 6 năm 2026")))
	signer := dx.Table("",
		dx.Row(dx.TextCell("Nơi nhận:", "- Như trên;", "- Lưu: VT."), dx.TextCell("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
		dx.Row(dx.Cell(), dx.TextCell("Lê Trí Hà")),
		dx.Row(dx.TextCell("trái"), dx.Cell(), dx.Cell()))
	single := dx.Table("", dx.Row(dx.TextCell("Một cột", "hai đoạn")), dx.Row(dx.TextCell("hàng hai")))
	nested := dx.Table("", dx.Row(dx.TextCell("ngoài"), dx.Cell(dx.Table("", dx.Row(dx.TextCell("a1"), dx.TextCell("b1")), dx.Row(dx.TextCell("a2"))))))
	d := read(t, dx.Doc{Body: header + signer + single + nested})
	wantLines(t, d,
		"UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc",
		"Số:      /TB-VP | Lào Cai, ngày      tháng 6 năm 2026",
		"Nơi nhận: | TL. CHỦ TỊCH",
		"- Như trên; | CHÁNH VĂN PHÒNG",
		"- Lưu: VT.",
		" | Lê Trí Hà",
		"trái",
		"Một cột", "hai đoạn", "hàng hai",
		"ngoài | a1 | b1",
		" | a2")
	l := d.Listing()
	if l.Lines[0].Kind != LineRow || l.Lines[8].Kind != LinePara {
		t.Errorf("kinds %v %v", l.Lines[0].Kind, l.Lines[8].Kind)
	}
	p := para(t, d, "Độc lập")
	if p.Table == nil || p.Row != 0 || p.Col != 1 {
		t.Errorf("cell of %q: %v %d %d", p.Text, p.Table != nil, p.Row, p.Col)
	}
	if s := l.Lines[1].Spans; len(s) != 2 || s[1].Para != p || s[1].Cell != 1 || l.Lines[1].Text[s[1].Start:s[1].End] != p.Text {
		t.Errorf("spans %+v", s)
	}
	inner := para(t, d, "b1")
	if inner.Table.Depth != 1 || inner.Col != 1 || l.Lines[11].Spans[2].Cell != 1 {
		t.Errorf("nested: depth %d col %d, span cell %d", inner.Table.Depth, inner.Col, l.Lines[11].Spans[2].Cell)
	}
}

func TestBrokenTable(t *testing.T) {
	body := `<w:tbl><w:tr/><w:tr><w:tc/><w:tc><w:tcPr><w:gridSpan w:val="999999"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>lẻ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tc><w:p><w:r><w:t>ô không hàng</w:t></w:r></w:p></w:tc><w:tr><w:trPr><w:gridBefore w:val="-3"/></w:trPr><w:tc><w:tbl/></w:tc></w:tr></w:tbl>` +
		T("sau")
	d := read(t, dx.Doc{Body: body})
	wantLines(t, d, "lẻ", "sau") // the first column prints nothing in any row
	tb := d.Body[0].(*Table)
	if len(tb.Rows) != 2 || len(tb.Rows[0].Cells) != 0 || tb.Rows[1].Cells[1].Span != 1000 || tb.Rows[1].Cells[1].Merge != "continue" {
		t.Errorf("table %+v", tb.Rows)
	}
}

func TestListingMaps(t *testing.T) {
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "decimal", "%1.", "", `<w:b/>`)) + dx.Num(1, 1)
	body := np(1, 0, "Sở Công Thương") + P("", R("", "Văn "), R(`<w:i/>`, "nghiêng")) +
		dx.Table("", dx.Row(dx.TextCell("trái"), dx.TextCell("phải"))) + T("   ") + T("cuối")
	d := read(t, dx.Doc{Body: body, Numbering: num})
	l := d.Listing()
	if got := l.Text(); got != "1. Sở Công Thương\nVăn nghiêng\ntrái | phải\ncuối\n" {
		t.Fatalf("listing %q", got)
	}
	sct := para(t, d, "Sở")
	if p, r := l.At(1, 0); p != sct || r != &sct.Label.Run || !r.Props.Bold || r.Text != "1." {
		t.Errorf("At the label: %v %+v", p == sct, r)
	}
	if p, r := l.At(1, 3); p != sct || r == nil || r.Text != "Sở Công Thương" {
		t.Errorf("At the text: %+v", r)
	}
	if _, r := l.At(2, len("Văn ")); r == nil || !r.Props.Italic {
		t.Errorf("At the italic run: %+v", r)
	}
	if p, _ := l.At(3, len("trái |")); p != nil {
		t.Error("the cell separator belongs to no paragraph")
	}
	if p, r := l.At(3, len("trái | ")); p != para(t, d, "phải") || r.Text != "phải" {
		t.Errorf("At the second cell: %v", r)
	}
	if p, _ := l.At(0, 0); p != nil {
		t.Error("line 0 does not exist")
	}
	if line, off, ok := l.Find(sct, len("Sở ")); !ok || line != 1 || off != len("1. Sở ") {
		t.Errorf("Find = %d %d %v", line, off, ok)
	}
	if line, off, ok := l.Find(para(t, d, "phải"), 0); !ok || line != 3 || off != len("trái | ") {
		t.Errorf("Find in a cell = %d %d %v", line, off, ok)
	}
	if _, _, ok := l.Find(d.Paragraphs()[4], 0); ok {
		t.Error("an empty paragraph is not listed")
	}
	if c := l.Col(1, len("1. Sở")); c != 6 {
		t.Errorf("Col = %d, want 6", c)
	}
}

func TestProperties(t *testing.T) {
	core := `<dc:title>Thông báo</dc:title><dc:creator>Văn thư</dc:creator><cp:lastModifiedBy>B</cp:lastModifiedBy>` +
		`<cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-06-19T02:10:00Z</dcterms:created>`
	d := read(t, dx.Doc{Body: T("x"), Core: core})
	want := Properties{Title: "Thông báo", Creator: "Văn thư", LastModifiedBy: "B", Revision: "4", Created: "2026-06-19T02:10:00Z"}
	if d.Props != want {
		t.Errorf("props %+v", d.Props)
	}
}

func TestView(t *testing.T) {
	num := dx.AbstractNum(1, dx.Lvl(0, 1, "decimal", "%1.", "", "")) + dx.Num(1, 1)
	pg := dx.DefaultPage
	pg.TitlePage, pg.Refs = true, dx.HeaderRef("default", "rIdH")
	body := np(1, 0, "Một") + dx.Table("", dx.Row(dx.TextCell("a"), dx.TextCell("b\nc"))) +
		P("", R("", "Ghi"), dx.FootnoteRef(1), `<w:del w:id="1"><w:r><w:delText>x</w:delText></w:r></w:del>`)
	d := read(t, dx.Doc{Body: body, Numbering: num, SectPr: pg.XML(), Footnotes: dx.Footnote(1, "Chú."),
		Headers: []dx.Part{{ID: "rIdH", Name: "header1.xml", XML: P(`<w:jc w:val="center"/>`, dx.Field("", "PAGE", "1"))}}})
	v := d.View()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var back View
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	// the cell's manual line break ends its line: "a | b", " | c"
	if len(back.Lines) != 5 || back.Lines[0].Text != "1. Một" || back.Lines[1].Kind != "row" || back.Lines[2].Text != " | c" || back.Lines[4].Kind != "note" || back.Lines[4].Note != "1" {
		t.Fatalf("lines %+v", back.Lines)
	}
	cell := back.Lines[1].Paragraphs[1]
	if cell.Start != len("a | ") || cell.Col != 5 || cell.Cell != 1 || cell.Table == nil || cell.Table.Col != 1 {
		t.Errorf("cell %+v", cell)
	}
	first := back.Lines[0].Paragraphs[0]
	if first.Label == nil || first.Label.Text != "1." || first.Runs[0].Start != 3 || first.Runs[0].SizePt != 14 || first.Runs[0].Faces[0] != "Times New Roman" {
		t.Errorf("first paragraph %+v", first)
	}
	s := back.Sections[0]
	if !s.TitlePage || s.Margins.Left != 1701 || s.Headers["default"] == nil || !s.Headers["default"].PageField || s.Paragraphs != 4 {
		t.Errorf("section %+v", s)
	}
	if c := back.Lines[2].Paragraphs[0]; c.Start != len(" | ") || c.Text != "c" || len(c.Runs) != 1 || c.Runs[0].Start != len(" | ") || c.Runs[0].Text != "c" {
		t.Errorf("the cell's second line %+v", c)
	}
	if c := back.Lines[1].Paragraphs[1]; c.Text != "b" || c.Runs[0].End != len("a | b") || len(c.Breaks) != 0 {
		t.Errorf("the cell's first line %+v", c)
	}
	if back.Changes.Deletions != 1 || back.Changes.FirstLine != 4 {
		t.Errorf("changes %+v", back.Changes)
	}
	for _, key := range []string{`"size":28`, `"first_line":0`, `"line_rule":"auto"`, `"h_ansi":"Times New Roman"`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestLineEndsInText(t *testing.T) {
	body := P("", "<w:r><w:t>một\nhai&#13;&#10;ba&#13;bốn</w:t></w:r>")
	num := `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.&#10;"/></w:lvl></w:abstractNum>` + dx.Num(1, 1)
	d := read(t, dx.Doc{Body: body + np(1, 0, "x"), Numbering: num})
	wantLines(t, d, "một hai ba bốn", "1.  x")
}

// TestTableRoom: the blank lines left for the signature in the signer's
// cell count, so that the name stands level with the line of Nơi nhận it
// prints beside, and the lines of Nơi nhận under the name keep their
// column; a single empty paragraph (a rule's holder) takes no line.
func TestTableRoom(t *testing.T) {
	end := dx.Table("", dx.Row(
		dx.TextCell("Nơi nhận:", "- Như trên;", "- Sở Tài chính;", "- Sở Nội vụ;", "- Lưu: VT."),
		dx.TextCell("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Văn An", "", "")))
	header := dx.Table("", dx.Row(dx.TextCell("SỞ Y TẾ", "", "Số: 12/TB-SYT"), dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 14 tháng 3 năm 2024")))
	d := read(t, dx.Doc{Body: header + end})
	wantLines(t, d,
		"SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Số: 12/TB-SYT | Độc lập - Tự do - Hạnh phúc",
		" | Quảng Ngãi, ngày 14 tháng 3 năm 2024",
		"Nơi nhận: | KT. GIÁM ĐỐC",
		"- Như trên; | PHÓ GIÁM ĐỐC",
		"- Sở Tài chính;",
		"- Sở Nội vụ;",
		"- Lưu: VT. | Lê Văn An")
}

// TestCellBreaks: in a cell of a row of several cells, and in a text
// box, a manual line break ends a line of the listing (each printed line
// of the header and the end block is an element of its own); in a body
// paragraph it stays one space. At and Find map each piece to its runs.
func TestCellBreaks(t *testing.T) {
	issuer := P(`<w:jc w:val="center"/>`, R("", "UBND TỈNH LÀO CAI"), `<w:r><w:br/></w:r>`, R("<w:b/>", "SỞ CÔNG THƯƠNG"))
	header := dx.Table("", dx.Row(dx.Cell(issuer), dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")))
	box := P("", dx.TextBox(dx.T("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")))
	d := read(t, dx.Doc{Body: header + dx.T("một\nhai") + box})
	wantLines(t, d,
		"UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc",
		"một hai",
		"KT. GIÁM ĐỐC",
		"PHÓ GIÁM ĐỐC")
	l := d.Listing()
	p, r := l.At(2, 0)
	if p == nil || r == nil || !r.Props.Bold || r.Text != "SỞ CÔNG THƯƠNG" {
		t.Errorf("At(2, 0) = %v %+v", p, r)
	}
	if p, r := l.At(1, 0); r == nil || r.Props.Bold || p.Text != "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG" {
		t.Errorf("At(1, 0) = %+v", r)
	}
	if line, off, ok := l.Find(p, len("UBND TỈNH LÀO CAI SỞ")); !ok || line != 2 || off != len("SỞ") {
		t.Errorf("Find = %d %d %v", line, off, ok)
	}
	if line, off, ok := l.Find(p, 0); !ok || line != 1 || off != 0 {
		t.Errorf("Find(0) = %d %d %v", line, off, ok)
	}
	v := d.View()
	if b := v.Lines[2].Paragraphs[0].Breaks; len(b) != 1 || b[0] != len("một") {
		t.Errorf("a body paragraph's break %v", b)
	}
	if pv := v.Lines[1].Paragraphs[0]; pv.Text != "SỞ CÔNG THƯƠNG" || len(pv.Runs) != 1 || !pv.Runs[0].Props.Bold || pv.Runs[0].Start != 0 {
		t.Errorf("the second piece's view %+v", pv)
	}
}

// TestCellLeadingBreak: a paragraph of a cell that starts with a manual
// line break drops its empty first piece; Find of its first byte lands on
// its text, never in the " | " before it.
func TestCellLeadingBreak(t *testing.T) {
	right := P("", `<w:r><w:br/></w:r>`, R("", "CỘNG HÒA"))
	d := read(t, dx.Doc{Body: dx.Table("", dx.Row(dx.TextCell("UBND"), dx.Cell(right)))})
	l := d.Listing()
	p := para(t, d, "CỘNG")
	line, off, ok := l.Find(p, 0)
	if !ok || off < 0 || !strings.HasPrefix(l.Lines[line-1].Text[off:], "CỘNG HÒA") {
		t.Errorf("Find(0) = %d %d %v in %q", line, off, ok, l.Text())
	}
}

// TestTableEmptyColumn: a signature set in the right cell of a row whose
// left cell is empty (a notice with no Nơi nhận) gives the signer's lines,
// not a row's cells; a column empty in one row only stays.
func TestTableEmptyColumn(t *testing.T) {
	sign := dx.Table("", dx.Row(dx.Cell(dx.P("", "")), dx.TextCell("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn An")))
	data := dx.Table("", dx.Row(dx.TextCell("STT"), dx.TextCell("Tên")), dx.Row(dx.Cell(), dx.TextCell("Cộng")))
	d := read(t, dx.Doc{Body: sign + data})
	wantLines(t, d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An", "STT | Tên", " | Cộng")
	if l := d.Listing(); l.Lines[0].Spans[0].Cell != 1 || l.Lines[0].Spans[0].Start != 0 {
		t.Errorf("span %+v", l.Lines[0].Spans[0])
	}
}

// TestCellChanges: a pending change of a row's or a cell's properties,
// and a cell inserted, deleted or merged, is a change not accepted.
func TestCellChanges(t *testing.T) {
	tc := func(pr, text string) string {
		return `<w:tc><w:tcPr>` + pr + `</w:tcPr>` + T(text) + `</w:tc>`
	}
	row := `<w:tr><w:trPr><w:trPrChange w:id="1"><w:trPr/></w:trPrChange></w:trPr>` +
		tc(`<w:tcW w:w="100" w:type="dxa"/><w:tcPrChange w:id="2"><w:tcPr/></w:tcPrChange>`, "a") +
		tc(`<w:cellIns w:id="3"/>`, "b") + tc(`<w:cellDel w:id="4"/>`, "c") + tc(`<w:cellMerge w:id="5" w:vMerge="cont"/>`, "d") + `</w:tr>`
	d := read(t, dx.Doc{Body: dx.Table("", row)})
	if c := d.Changes; c.Tracked() != 5 || c.Insertions != 1 || c.Deletions != 1 || c.Formatting != 3 {
		t.Errorf("changes %+v", c)
	}
}
