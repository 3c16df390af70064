package docx

import (
	"testing"

	dx "github.com/thongbao/thongbao/notice/docx/docxtest"
)

// TestMarkBreaks: in a body paragraph, a manual line break before a
// line's mark (a dash, a numbered point, "Căn cứ") ends a line of the
// listing, as Word prints it; a break inside a sentence stays one space,
// and Find maps the later piece to its own line.
func TestMarkBreaks(t *testing.T) {
	d := read(t, dx.Doc{Body: dx.T("Nơi nhận:\n- UBND tỉnh (b/c)\n- Văn phòng UBND tỉnh;\n- Lưu: VT.") +
		dx.T("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022\nCăn cứ Nghị định số 98/2023/NĐ-CP;") +
		dx.T("Sở Y tế thông báo lịch khám cho học sinh các trường\ntrên địa bàn tỉnh.")})
	wantLines(t, d,
		"Nơi nhận:",
		"- UBND tỉnh (b/c)",
		"- Văn phòng UBND tỉnh;",
		"- Lưu: VT.",
		"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
		"Căn cứ Nghị định số 98/2023/NĐ-CP;",
		"Sở Y tế thông báo lịch khám cho học sinh các trường trên địa bàn tỉnh.")
	l := d.Listing()
	p := para(t, d, "Văn phòng UBND")
	if line, off, ok := l.Find(p, len("Nơi nhận: - UBND tỉnh (b/c) - Văn")); !ok || line != 3 || off != len("- Văn") {
		t.Errorf("Find = %d %d %v", line, off, ok)
	}
}

// TestPieceStart: each line of a paragraph cut at its manual line breaks
// says where in the paragraph its printed piece starts, so that the
// lines of one paragraph are known as one paragraph.
func TestPieceStart(t *testing.T) {
	d := read(t, dx.Doc{Body: dx.T("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022\nCăn cứ Nghị định số 98/2023/NĐ-CP;") +
		dx.T("Sở Y tế thông báo.")})
	l := d.Listing()
	first := para(t, d, "Căn cứ Luật")
	for _, tc := range []struct {
		line, off, start int
		p                *Paragraph
	}{
		{1, 0, 0, first},
		{2, 3, len("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 "), first},
		{3, 0, 0, para(t, d, "Sở Y tế")},
		{4, 0, 0, nil},
	} {
		if p, start := l.PieceStart(tc.line, tc.off); p != tc.p || start != tc.start {
			t.Errorf("PieceStart(%d, %d) = %p %d, want %p %d", tc.line, tc.off, p, start, tc.p, tc.start)
		}
	}
}
