package docx

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// headerBlock is a notice's header block as a two-column table, as an
// office's template keeps it in the first page's header.
var headerBlock = dx.Table("",
	dx.Row(dx.TextCell("UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/TB-SCT"),
		dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 02 tháng 4 năm 2026"))) + "<w:p/>"

// pageHeaderDoc is a notice whose header parts hold first and def, the
// first page's own when titlePage is set.
func pageHeaderDoc(first, def string, titlePage bool, body string) dx.Doc {
	pg := dx.DefaultPage
	pg.TitlePage = titlePage
	pg.Refs = dx.HeaderRef("default", "rIdH1") + dx.HeaderRef("first", "rIdH2")
	return dx.Doc{
		Body:    body,
		SectPr:  pg.XML(),
		Headers: []dx.Part{{ID: "rIdH1", Name: "header1.xml", XML: def}, {ID: "rIdH2", Name: "header2.xml", XML: first}},
	}
}

var (
	pageNumber = P(`<w:jc w:val="center"/>`, dx.Field(`<w:sz w:val="26"/>`, "PAGE", "2"))
	noticeBody = T("THÔNG BÁO") + T("Kết luận của Giám đốc Sở tại cuộc họp giao ban") +
		T("Ngày 01 tháng 4 năm 2026, Sở Công Thương tổ chức họp giao ban.")
)

func TestPageHeaderListed(t *testing.T) {
	d := read(t, pageHeaderDoc(headerBlock, pageNumber, true, noticeBody))
	if d.PageHeader() == nil || d.PageHeader().Part != "word/header2.xml" {
		t.Fatalf("page header %+v", d.PageHeader())
	}
	wantLines(t, d, "[đầu trang]",
		"UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc",
		"Số: 12/TB-SCT | Lào Cai, ngày 02 tháng 4 năm 2026",
		"[hết đầu trang]",
		"THÔNG BÁO", "Kết luận của Giám đốc Sở tại cuộc họp giao ban",
		"Ngày 01 tháng 4 năm 2026, Sở Công Thương tổ chức họp giao ban.")
	l := d.Listing()
	if got := strings.SplitN(l.CheckText(), "\n", 6); got[0] != "" || got[4] != "" || got[5] == "" {
		t.Errorf("the checker's text does not read the marks as empty lines: %q", got)
	}
	if got := strings.SplitN(l.TextIn(diag.EN), "\n", 6); got[0] != "[page header]" || got[4] != "[end of page header]" {
		t.Errorf("marks in English: %q", got)
	}
	// Every line maps back to the header's paragraphs, and they to it.
	p, r := l.At(4, 0)
	if p == nil || r == nil {
		t.Fatal("line 4 maps to nothing")
	}
	if p.Story != InHeader || p.Text != "Số: 12/TB-SCT" {
		t.Fatalf("line 4 maps to %q in the %s", p.Text, p.Story)
	}
	if line, off, ok := l.Find(p, 5); !ok || line != 4 || off != 5 {
		t.Errorf("Find = %d, %d, %v; want line 4, byte 5", line, off, ok)
	}
	if l.Lines[1].Part == nil || l.Lines[5].Part != nil || l.Lines[0].Kind != LineMark {
		t.Errorf("lines: %+v", l.Lines[:2])
	}
	// The view says which part a line comes from; a mark has no
	// paragraph.
	b, err := json.Marshal(d.View().Lines[:2])
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"line":1,"kind":"mark","text":"[đầu trang]","paragraphs":[]},{"line":2,"kind":"row","text":"UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM","part":"word/header2.xml","paragraphs":[`
	if !strings.HasPrefix(string(b), want) {
		t.Errorf("view\n got: %.300s\nwant: %s", b, want)
	}
}

// TestPageHeaderLeftOut: the headers that do not hold the header block,
// or that are not printed on the first page, are not listed.
func TestPageHeaderLeftOut(t *testing.T) {
	bodyWithHeader := dx.Table("", dx.Row(dx.TextCell("SỞ CÔNG THƯƠNG", "Số: 12/TB-SCT"),
		dx.TextCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"))) + noticeBody
	tests := []struct {
		name string
		d    dx.Doc
	}{
		{"a page number alone", pageHeaderDoc(pageNumber, pageNumber, false, noticeBody)},
		{"a running title on every page", pageHeaderDoc("<w:p/>", T("Thông báo kết luận giao ban tháng 4 năm 2026"), false, noticeBody)},
		{"a logo's caption and a page number on the first page", pageHeaderDoc(T("SỞ CÔNG THƯƠNG LÀO CAI")+pageNumber, pageNumber, true, noticeBody)},
		{"the header block in the default header, the first page's empty", pageHeaderDoc("<w:p/>", headerBlock, true, noticeBody)},
		{"the header block in the body too", pageHeaderDoc(headerBlock, pageNumber, true, bodyWithHeader)},
		{"the name of the state in the body's first sentence only", pageHeaderDoc(T("Mẫu số 01"), pageNumber, true,
			T("Nước Cộng hòa xã hội chủ nghĩa Việt Nam")+noticeBody)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := read(t, tc.d)
			if h := d.PageHeader(); h != nil {
				t.Errorf("page header %s listed", h.Part)
			}
			for _, l := range d.Listing().Lines {
				if l.Kind == LineMark || l.Part != nil {
					t.Errorf("line %q listed", l.Text)
				}
			}
		})
	}
	// Without a different first page, a default header that holds the
	// header block is the first page's.
	d := read(t, pageHeaderDoc("<w:p/>", headerBlock, false, noticeBody))
	if h := d.PageHeader(); h == nil || h.Part != "word/header1.xml" {
		t.Errorf("default header not read as the first page's: %+v", h)
	}
	// The body's own Quốc hiệu typed in a sentence does not keep the
	// first page's header out.
	d = read(t, pageHeaderDoc(headerBlock, pageNumber, true, noticeBody+T("nước Cộng hòa xã hội chủ nghĩa Việt Nam")))
	if d.PageHeader() == nil {
		t.Error("the state's name in a sentence kept the header out")
	}
}

// TestPageHeaderFormatting: the header's paragraphs resolve their
// formatting through the styles as the body's do.
func TestPageHeaderFormatting(t *testing.T) {
	styles := dx.DefaultStyles + dx.Style("paragraph", "Header", "header", "Normal", `<w:jc w:val="center"/>`,
		`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/>`)
	first := P(`<w:pStyle w:val="Header"/>`, R("<w:b/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
	doc := pageHeaderDoc(first, pageNumber, true, noticeBody)
	doc.Styles = styles
	d := read(t, doc)
	p, r := d.Listing().At(2, 0)
	if p == nil || r == nil {
		t.Fatal("line 2 maps to nothing")
	}
	if p.Props.Align != "center" || r.Props.Size != 26 || !r.Props.Bold || r.Props.Fonts.ASCII != "Times New Roman" {
		t.Errorf("effective formatting: align %q, run %+v", p.Props.Align, r.Props)
	}
}
