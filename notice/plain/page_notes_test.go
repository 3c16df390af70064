package plain

import (
	"os"
	"strings"
	"testing"
)

// TestPageNotesRendered: seed004.txt is what pdftotext 22.12 (no
// -layout) takes out of the PDF thongbao rendered of
// testdata/seeds/004.toml: eleven footnotes at the feet of five pages,
// their numbers alone on their lines, over the note or under it, out of
// order ("7", two notes, "9", a note, "8"), one set at the end of the
// body's line above the notes ("giai đoạn 2024 5", where pdftotext
// dropped the line's dash: it reads "2024 - 2025"). Each note reads as a
// footnote with its number, whole; no body paragraph holds a note's
// words, and the paragraphs that go on over a page with notes at its foot
// read whole. example.txt sets its note's number and the note each
// between blank lines.
func TestPageNotesRendered(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	if f.Layout != OnePerLine {
		t.Fatalf("layout %v, want one-per-line", f.Layout)
	}
	want := map[string]string{
		"1":  "Nghị quyết của Chính phủ: Số 01/NQ-CP ngày 05/01/2024 về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024; số 02/NQ-CP ngày 05/01/2024 về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024",
		"3":  "Quyết định số 58/QĐ-UBQGCĐS ngày 19/4/2024 về Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số",
		"5":  "Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 38/KH-UBND ngày 20/02/2024 của UBND tỉnh về triển khai Nghị quyết số 13-NQ/TU Ban Thường vụ Tỉnh ủy; Kế hoạch số 219/KH-UBND ngày 20/12/2023 của UBND tỉnh về chuyển đổi số tỉnh Quảng Ngãi năm 2024; Quyết định số 58/QĐ-UBQGCĐS ngày 19/4/2024 về thực hiện Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về Chuyển đổi số",
		"6":  "Phân khai kinh phí tại Quyết định số 371/QĐ-UBND ngày 14/5/2024 (đợt 1) và tại Quyết định số 644/QĐ-UBND ngày 06/10/2024 (đợt 2)",
		"8":  "Nhiệm vụ giao tại Công văn số 5103/UBND-KGVX ngày 25/9/2024; hoàn thành trước ngày 30/10/2024",
		"9":  "Nhiệm vụ được gia hạn tại Công văn số 5233/UBND-KGVX ngày 01/10/2024; hoàn thành trong tháng 11/2024",
		"11": "Quyết định số 1557/QĐ-UBND ngày 31/12/2022 của UBND tỉnh Quy định về đảm bảo tỷ lệ chi ngân sách nhà nước hàng năm cho chuyển đổi số giai đoạn 2023-2025",
	}
	notes := 0
	for _, p := range f.Paras {
		if p.Kind == Note {
			notes++
			if w, ok := want[p.Number]; ok && p.Text != w {
				t.Errorf("note %s reads %q, want %q", p.Number, p.Text, w)
			}
			delete(want, p.Number)
			continue
		}
		for _, w := range []string{"Nghị quyết của Chính phủ:", "Phân khai kinh phí", "Nhiệm vụ giao tại"} {
			if strings.Contains(p.Text, w) {
				t.Errorf("%d: a note's words in a %v paragraph: %q", p.Line, p.Kind, p.Text)
			}
		}
	}
	if notes != 11 || len(want) > 0 {
		t.Errorf("%d notes read, want 11; not read: %v", notes, want)
	}
	g := readPageText(t, "example.txt") // the note's number and its note each between blank lines
	found := false
	for _, p := range g.Paras {
		found = found || p.Kind == Note && p.Number == "1" && p.Text == "Chỉ tiêu giao tại Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh"
	}
	if !found {
		t.Errorf("example.txt: its note 1 is not read")
	}
	wantParas(t, f, map[string]Kind{
		"Năm 2024, công tác chuyển đổi số của tỉnh đạt được nhiều kết quả quan trọng. Tỉnh đã triển khai thực hiện nghiêm túc, cơ bản hoàn thành phần lớn các chỉ tiêu về chuyển đổi số được Chính phủ, Thủ tướng Chính phủ, Ủy ban Quốc gia về chuyển đổi số giao. Các thành viên Ban Chỉ đạo tỉnh đã phát huy vai trò, trách nhiệm trong thực hiện các nhiệm vụ được giao; tổ chức một số hoạt động chuyển đổi số có tính lan tỏa và đạt được kết quả tích cực. Ban Chỉ đạo tỉnh ghi nhận, biểu dương các cơ quan, đơn vị, địa phương đã có đóng góp tích cực, mang lại kết quả nổi bật như nêu trên.": Body,
		"g) Chịu trách nhiệm nghiên cứu, triển khai thực hiện các chỉ tiêu, nhiệm vụ giao tại Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ trực tuyến và dựa trên dữ liệu giai đoạn 2024 - 2025, định hướng đến năm 2030 có liên quan đến lĩnh vực ngành, địa phương, sẵn sàng chuyển sang giai đoạn Chính quyền số từ năm 2026 trở đi.":                                                                                                                                   Body,
	})
}

// readPageSrc is a kept pdftotext text.
func readPageSrc(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile("testdata/pagetext/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// TestPageNotesAfterEnd: on the last page the notes stand under the
// signer's name, each number alone over its note (a page's turn on the
// name's line); each reads as its footnote, none as an appendix. A table
// of short cells one under the other, a number alone among them, at the
// foot of a page, is no page's notes: no line of it runs to the page's
// edge.
func TestPageNotesAfterEnd(t *testing.T) {
	src := readPageSrc(t, "example.txt")
	notes := "\n1\nQuyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ ban hành Kế hoạch hành động\nchuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ\n2\nCông văn số 4979/UBND-KGVX ngày 18/9/2024 của Ủy ban nhân dân tỉnh\n"
	f, err := Read("notes.txt", []byte(strings.TrimRight(src, "\n\f")+notes))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range f.Paras {
		if p.Kind == Note {
			got[p.Number] = p.Text
		}
		if p.Kind == Appendix {
			t.Errorf("%d: read as an appendix: %q", p.Line, p.Text)
		}
	}
	if got["1"] != "Quyết định số 1012/QĐ-TTg ngày 20/9/2024 của Thủ tướng Chính phủ ban hành Kế hoạch hành động chuyển đổi số hoạt động chỉ đạo, điều hành của Chính phủ" ||
		got["2"] != "Công văn số 4979/UBND-KGVX ngày 18/9/2024 của Ủy ban nhân dân tỉnh" {
		t.Errorf("notes read %q", got)
	}
	seed := readPageSrc(t, "seed000.txt")
	table := strings.Replace(seed, "chưa nhận\n", "chưa nhận\n1\nSở Tài chính\nTham mưu bố trí kinh phí\n2\nSở Nội vụ\nRà soát biên chế\n", 1)
	if table == seed {
		t.Fatal("seed000.txt: no page's turn after \"chưa nhận\"")
	}
	raws := testRaws(table)
	if zone, _ := footNotes(raws, headerEnd(raws), pageWidth(raws, pageLinesLeast)); zone != nil {
		t.Errorf("a table's cells read as a page's notes")
	}
}
