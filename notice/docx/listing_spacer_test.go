package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestSpacerCellsLeftOut: the issuer in a short cell between two empty
// ones (its bottom border the rule), under the managing body spanning the
// three, is the left block's line, not the second of four columns; an
// empty cell under a row that spans the whole table (a total's STT under
// a title row) stays a column, and so does an empty left cell beside a
// signature.
func TestSpacerCellsLeftOut(t *testing.T) {
	span3 := `<w:gridSpan w:val="3"/>`
	tbl := dx.Table("",
		dx.Row(mergedCell(span3, "UBND TỈNH"), mergedCell("", "CỘNG HÒA")),
		dx.Row(mergedCell(""), mergedCell("", "SỞ TÀI CHÍNH"), mergedCell(""), mergedCell("", "Độc lập")),
		dx.Row(mergedCell(span3, "Số: 1/TB-STC"), mergedCell("", "Huế, ngày 1")))
	d := read(t, dx.Doc{Body: tbl})
	wantLines(t, d, "UBND TỈNH | CỘNG HÒA", "SỞ TÀI CHÍNH | Độc lập", "Số: 1/TB-STC | Huế, ngày 1")

	tbl = dx.Table("",
		dx.Row(mergedCell(`<w:gridSpan w:val="3"/>`, "BẢNG")),
		dx.Row(mergedCell("", "1"), mergedCell("", "Thuế"), mergedCell("", "7.000")),
		dx.Row(mergedCell(""), mergedCell("", "Tổng cộng"), mergedCell("", "7.000")))
	d = read(t, dx.Doc{Body: tbl})
	wantLines(t, d, "BẢNG", "1 | Thuế | 7.000", " | Tổng cộng | 7.000")

	tbl = dx.Table("",
		dx.Row(mergedCell("", "Nơi nhận:"), mergedCell("", "GIÁM ĐỐC")),
		dx.Row(mergedCell(""), mergedCell("", "Lê Văn A")))
	d = read(t, dx.Doc{Body: tbl})
	wantLines(t, d, "Nơi nhận: | GIÁM ĐỐC", " | Lê Văn A")
}
