package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// mergedCell is a cell with tcPr, one paragraph a text.
func mergedCell(tcPr string, texts ...string) string {
	c := dx.TextCell(texts...)
	if len(texts) == 0 {
		c = dx.Cell()
	}
	return "<w:tc><w:tcPr>" + tcPr + "</w:tcPr>" + c[len("<w:tc>"):]
}

// TestMergedCellSpills: the issuer's two lines in a cell merged down two
// rows (and across two grid columns) print beside the Quốc hiệu and the
// Tiêu ngữ, each on the row it stands level with; a merged cell whose
// lines fit its row, or whose next row prints something of its own in
// the merge, keeps its lines.
func TestMergedCellSpills(t *testing.T) {
	span := `<w:gridSpan w:val="2"/>`
	tbl := dx.Table("",
		dx.Row(mergedCell(span+`<w:vMerge w:val="restart"/>`, "UBND TỈNH", "SỞ TÀI CHÍNH"), mergedCell("", "CỘNG HÒA")),
		dx.Row(mergedCell(span+`<w:vMerge/>`), mergedCell("", "Độc lập")),
		dx.Row(mergedCell(span, "Số: 1/TB-STC"), mergedCell("", "Huế, ngày 1")))
	d := read(t, dx.Doc{Body: tbl})
	wantLines(t, d, "UBND TỈNH | CỘNG HÒA", "SỞ TÀI CHÍNH | Độc lập", "Số: 1/TB-STC | Huế, ngày 1")

	tbl = dx.Table("",
		dx.Row(mergedCell(`<w:vMerge w:val="restart"/>`, "a", "b"), mergedCell("", "x", "y")),
		dx.Row(mergedCell(`<w:vMerge/>`), mergedCell("", "z")),
		dx.Row(mergedCell(`<w:vMerge w:val="restart"/>`, "c", "d"), mergedCell("", "w")),
		dx.Row(mergedCell(`<w:vMerge/>`, "e"), mergedCell("", "v")))
	d = read(t, dx.Doc{Body: tbl})
	wantLines(t, d, "a | x", "b | y", " | z", "c | w", "d", "e | v")
}
