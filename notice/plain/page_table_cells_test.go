package plain

import (
	"strings"
	"testing"
)

// TestPageTableCells: seed003.txt is what pdftotext 22.12 (no -layout)
// takes out of the PDF thongbao rendered of testdata/seeds/003.toml: its
// appendix's table comes one cell under the other, each cell between
// blank lines, its header row again at each page's top. Each cell reads
// as a cell, the numbered ones too ("2. Chỉ số Thể chế số", no point of
// a list the other cells cut); a cell's lines read whole ("Giao VHTT
// tham mưu" / "khắc phục"). The appendix's title over the table, and the
// body, read as before. An appendix of paragraphs one under the other,
// or a few short blocks, has no cells.
func TestPageTableCells(t *testing.T) {
	f := readPageText(t, "seed003.txt")
	wantParas(t, f, map[string]Kind{
		"1. Chỉ số nhận thức số":       Cell,
		"2. Chỉ số Thể chế số":         Cell,
		"đạt 41,29/100 điểm":           Cell,
		"Giao VHTT tham mưu khắc phục": Cell,
		"Kết quả":                      Cell,
		"Phụ lục":                      Appendix,
		"KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHƯA ĐẠT ĐIỂM TỐI ĐA TRONG": Appendix,
	})
	for _, p := range f.Paras {
		if p.Kind == Cell && p.Line < 60 {
			t.Errorf("%d: the body read as a table's cell: %q", p.Line, p.Text)
		}
	}
	src := readPageSrc(t, "seed003.txt")
	at := strings.Index(src, "\fPhụ lục\n")
	if at < 0 {
		t.Fatal("seed003.txt: no appendix")
	}
	prose := []string{
		"1. Chỉ số nhận thức số đạt 84/100 điểm; mục 1.3 văn bản điều hành về chuyển đổi số cấp xã",
		"đạt 4/20 điểm, giao công chức Văn hóa - Thông tin tham mưu khắc phục trong quý III.",
		"2. Chỉ số Thể chế số đạt 80/100 điểm; mục 2.5 ban hành hướng dẫn khuyến khích hộ sản xuất",
		"nông nghiệp tham gia chuyển đổi số đạt 0/20 điểm, giao công chức Địa chính tham mưu.",
		"3. Chỉ số Hạ tầng số đạt 41,29/100 điểm.",
		"", "4. Chỉ số Nhân lực số đạt 81,51/100 điểm.", "", "5. Chỉ số An toàn thông tin mạng đạt 95/100 điểm.", "",
	}
	g, err := Read("prose.txt", []byte(src[:at]+"\fPhụ lục\n"+strings.Join(prose, "\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range g.Paras {
		if p.Kind == Cell {
			t.Errorf("prose.txt: %d: an appendix's paragraph read as a table's cell: %q", p.Line, p.Text)
		}
	}
}
