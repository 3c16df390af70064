package docx

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestPageFooter: a footer of the first page that holds the end block is
// read after the body and before the notes; one that does not, or an end
// block the body holds, is left out.
func TestPageFooter(t *testing.T) {
	end := dx.Table("", dx.Row(dx.TextCell("Nơi nhận:", "- Như trên;", "- Lưu: VT."), dx.TextCell("GIÁM ĐỐC", "Nguyễn Văn An"))) + "<w:p/>"
	doc := func(footer, body string) dx.Doc {
		pg := dx.DefaultPage
		pg.TitlePage = true
		pg.Refs = dx.HeaderRef("default", "rIdH1") + dx.FooterRef("first", "rIdF1")
		return dx.Doc{Body: body, SectPr: pg.XML(), Footnotes: dx.Footnote(1, "Nghị định số 30/2020/NĐ-CP."),
			Headers: []dx.Part{{ID: "rIdH1", Name: "header1.xml", XML: pageNumber}},
			Footers: []dx.Part{{ID: "rIdF1", Name: "footer1.xml", XML: footer}}}
	}
	body := T("THÔNG BÁO") + P("", R("", "Theo quy định"), dx.FootnoteRef(1), R("", ", Sở thông báo./."))
	d := read(t, doc(end, body))
	if f := d.PageFooter(); f == nil || f.Part != "word/footer1.xml" {
		t.Fatalf("page footer %+v", f)
	}
	wantLines(t, d, "THÔNG BÁO", "Theo quy định¹, Sở thông báo./.", "[chân trang]",
		"Nơi nhận: | GIÁM ĐỐC", "- Như trên; | Nguyễn Văn An", "- Lưu: VT.", "[hết chân trang]",
		"¹ Nghị định số 30/2020/NĐ-CP.")
	if got := d.Listing().TextIn(diag.EN); !strings.Contains(got, "\n[page footer]\n") || !strings.Contains(got, "\n[end of page footer]\n") {
		t.Errorf("marks in English:\n%s", got)
	}
	for name, dd := range map[string]dx.Doc{
		"an address in the footer":  doc(T("Địa chỉ: số 1 đường Hoàng Liên, Lào Cai")+pageNumber, body),
		"the end block in the body": doc(end, body+end),
		"the end block in the footer of the pages after the first": func() dx.Doc {
			x := doc(end, body)
			pg := dx.DefaultPage
			pg.TitlePage = true
			pg.Refs = dx.FooterRef("default", "rIdF1")
			x.SectPr = pg.XML()
			return x
		}(),
	} {
		if f := read(t, dd).PageFooter(); f != nil {
			t.Errorf("%s: footer %s listed", name, f.Part)
		}
	}
}
