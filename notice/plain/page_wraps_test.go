package plain

import (
	"os"
	"strings"
	"testing"
)

// The texts under testdata/pagetext are what pdftotext 22.12 (no
// -layout) takes out of PDFs thongbao rendered: example.txt of `render
// --example`, seedNNN.txt of testdata/seeds/NNN.toml. Each line of the
// page is a line, the columns one after the other, the body's
// paragraphs broken at the page's right edge with no blank line between
// them, each page after the first opened by a form feed and its number.

// readPageText reads a kept pdftotext text.
func readPageText(t *testing.T, name string) *File {
	t.Helper()
	src, err := os.ReadFile("testdata/pagetext/" + name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// wantParas checks that f holds each paragraph of want, whole, as the
// kind given.
func wantParas(t *testing.T, f *File, want map[string]Kind) {
	t.Helper()
	for text, kind := range want {
		found := false
		for _, p := range f.Paras {
			if p.Text == text {
				found = true
				if p.Kind != kind {
					t.Errorf("%s: %q read as %v, want %v", f.Path, text, p.Kind, kind)
				}
			}
		}
		if !found {
			t.Errorf("%s: no paragraph reads %q", f.Path, text)
		}
	}
}

// TestPageWrapsRendered: a rendered notice's text layer reads one
// paragraph a line once its broken lines are joined: a paragraph wrapped
// in small letters, at a capital where the line stopped at the edge
// ("Chủ tịch Ủy ban nhân dân" / "tỉnh"), over a page's turn (its number
// dropped), a recipient wrapped in its cell; a heading is no paragraph's
// first line, the header's cells stay apart, no paragraph of the body
// starts in small letters.
func TestPageWrapsRendered(t *testing.T) {
	f := readPageText(t, "example.txt")
	if f.Layout != OnePerLine {
		t.Fatalf("example.txt: layout %v, want one-per-line", f.Layout)
	}
	wantParas(t, f, map[string]Kind{
		"UBND TỈNH LÀO CAI": Header,
		"Số: 15/TB-VP":      Header,
		"Kết luận của đồng chí Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ chuyển đổi số năm 2026": Subject,
		"Chiều ngày 05/6/2026, đồng chí Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh (UBND tỉnh) chủ trì cuộc họp về tiến độ chuyển đổi số năm 2026 tại trụ sở UBND tỉnh. Tham dự cuộc họp có: đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ; lãnh đạo Văn phòng UBND tỉnh.": Body,
		"I. ĐÁNH GIÁ CHUNG": Body,
		"a) Chủ trì, phối hợp với các sở, ngành rà soát danh mục cơ sở dữ liệu dùng chung của tỉnh.":                  Body,
		"2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số năm 2026 trong tháng 7/2026.": Body,
		"- Các Sở: Khoa học và Công nghệ, Tài chính, Nội vụ;":                                                         Recipient,
		"KT. CHÁNH VĂN PHÒNG": Signer,
		"Trần Văn B":          Name,
	})
	g := readPageText(t, "seed000.txt")
	wantParas(t, g, map[string]Kind{
		"1. Đánh giá kết quả thực hiện công tác chuyển đổi số trong năm 2023": Body,
		"- Phòng Lao động - Thương binh và Xã hội thị xã;":                    Recipient,
	})
	for _, h := range []*File{f, g} {
		for _, p := range h.Paras {
			if p.Kind == Body && p.Marker == "" && startsLower(p.Text) {
				t.Errorf("%s:%d: a body paragraph starts in small letters: %q", h.Path, p.Line, p.Text)
			}
			if strings.Contains(p.Text, "\f") {
				t.Errorf("%s:%d: a form feed in %q", h.Path, p.Line, p.Text)
			}
		}
	}
	src, err := os.ReadFile("testdata/pagetext/seed000.txt")
	if err != nil {
		t.Fatal(err)
	}
	unnumbered := strings.Replace(string(src), "chưa nhận\n\n\f2\n\nthức", "chưa nhận\n\fthức", 1) // a page with no number: the form feed on its first line
	h, err := Read("unnumbered.txt", []byte(unnumbered))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []*File{g, h} {
		whole := false
		for _, p := range f.Paras {
			if strings.HasPrefix(p.Text, "Bên cạnh những kết quả") {
				whole = strings.Contains(p.Text, "một bộ phận cán bộ, công chức, viên chức chưa nhận thức đầy đủ về chuyển đổi số")
			}
			if strings.Contains(p.Text, "\f") {
				t.Errorf("%s:%d: a form feed in %q", f.Path, p.Line, p.Text)
			}
		}
		if !whole {
			t.Errorf("%s: the paragraph over the page's turn is cut", f.Path)
		}
	}
}

// TestPageWrapsNot: texts that are no page's text layer keep their
// reading: a web page's table cells ("|" alone on a line) over the same
// lines, paragraphs written one a line, paragraphs parted by blank
// lines.
func TestPageWrapsNot(t *testing.T) {
	src, err := os.ReadFile("testdata/pagetext/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	cells := strings.Replace(string(src), "VĂN PHÒNG\n", "VĂN PHÒNG\n|\n", 1)
	paras := []string{
		"Chiều ngày 05/6/2026, đồng chí Nguyễn Văn A, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ chuyển đổi số năm 2026 tại trụ sở UBND tỉnh, với các sở, ngành liên quan.",
		"Sau khi nghe Sở Khoa học và Công nghệ báo cáo kết quả triển khai chuyển đổi số, đồng chí Chủ tịch UBND tỉnh kết luận như sau:",
		"1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành rà soát danh mục cơ sở dữ liệu dùng chung của tỉnh trong tháng 6.",
	}
	var wrapped []string
	for _, p := range paras {
		wrapped = append(wrapped, strings.Join(pdfLines(p, 80), "\n"))
	}
	for name, text := range map[string]string{
		"cells":       cells,
		"one-a-line":  strings.Join(append(paras, paras...), "\n"),
		"blank-lines": strings.Join(append(wrapped, wrapped...), "\n\n"),
	} {
		raws := testRaws(text)
		if pageWraps(raws) != nil {
			t.Errorf("%s: read as a page's text layer", name)
		}
	}
}

// pdfLines breaks s at spaces into lines of at most n characters, each
// stopping short of n by a few, unevenly, as a proportional font's
// justified lines do.
func pdfLines(s string, n int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > n-[]int{0, 5, 2, 7, 1, 4}[len(out)%6] {
			out, line = append(out, line), ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(out, line)
}

// testRaws splits text into its lines.
func testRaws(text string) []rawLine {
	var raws []rawLine
	off := 0
	for i, s := range strings.Split(text, "\n") {
		raws = append(raws, rawLine{s: s, off: off, num: i + 1})
		off += len(s) + 1
	}
	return raws
}

// TestPageWrapsCongVan: a Công văn's V/v wraps in its narrow cell of the
// header, lines that stop short and go on as a web page's broken text
// does; in the header they say nothing of the body, and the V/v reads
// whole, its number on the next line too; a long Kính gửi near the
// right edge is no paragraph the body goes on with; Nơi nhận's lines
// wrap in their narrow cell.
func TestPageWrapsCongVan(t *testing.T) {
	lines := []string{
		"ỦY BAN NHÂN DÂN",
		"THÀNH PHỐ HỒ CHÍ MINH",
		"VĂN PHÒNG",
		"Số: 1021/VP-PCNC",
		"V/v triển khai thực hiện Quyết định",
		"06/2010/QĐ-TTg ngày 25/01/2010",
		"của Thủ tướng Chính phủ về xây",
		"dựng, quản lý, khai thác Tủ",
		"sách pháp luật",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc",
		"TP. Hồ Chí Minh, ngày 09 tháng 02 năm 2010",
		"",
		"Kính gửi: Sở Tư pháp và các sở, ngành, Ủy ban nhân dân các quận, huyện",
	}
	for _, p := range []string{
		"Ngày 25 tháng 01 năm 2010, Thủ tướng Chính phủ ban hành Quyết định số 06/2010/QĐ-TTg về việc xây dựng, quản lý, khai thác Tủ sách pháp luật (Quyết định có hiệu lực thi hành kể từ ngày 02 tháng 4 năm 2010).",
		"Sau khi xem xét, Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố có ý kiến chỉ đạo như sau:",
		"Giao Sở Tư pháp nghiên cứu nội dung Quyết định số 06/2010/QĐ-TTg của Thủ tướng Chính phủ, kịp thời tham mưu cho Ủy ban nhân dân thành phố việc triển khai thực hiện Quyết định này.",
		"Văn phòng Ủy ban nhân dân thành phố truyền đạt ý kiến chỉ đạo nêu trên để Sở Tư pháp thực hiện./.",
	} {
		lines = append(lines, pdfLines(p, 84)...)
	}
	lines = append(lines, "", "Nơi nhận:", "- Như trên;", "- Các Bộ: CA, TC, TNMT, CT, GTVT, XD,", "NNPTNT, KHĐT;",
		"- VPCP: BTCN, các PCN, Trợ lý, Thư ký PTTg", "Trần Hồng Hà, các Vụ: NN, CN, PL,", "QHQT, KTTH;",
		"- Lưu: VT.", "KT. CHÁNH VĂN PHÒNG", "PHÓ VĂN PHÒNG", "Lâm Văn Ba")
	f, err := Read("congvan.txt", []byte(strings.Join(lines, "\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Layout != OnePerLine {
		t.Fatalf("layout %v, want one-per-line", f.Layout)
	}
	wantParas(t, f, map[string]Kind{
		"V/v triển khai thực hiện Quyết định 06/2010/QĐ-TTg ngày 25/01/2010 của Thủ tướng Chính phủ về xây dựng, quản lý, khai thác Tủ sách pháp luật": Subject,
		"Kính gửi: Sở Tư pháp và các sở, ngành, Ủy ban nhân dân các quận, huyện":                                                                       Addressee,
		"- Các Bộ: CA, TC, TNMT, CT, GTVT, XD, NNPTNT, KHĐT;":                                                                                          Recipient,
		"- VPCP: BTCN, các PCN, Trợ lý, Thư ký PTTg Trần Hồng Hà, các Vụ: NN, CN, PL, QHQT, KTTH;":                                                     Recipient,
		"Sau khi xem xét, Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố có ý kiến chỉ đạo như sau:":                                               Body,
	})
}

// TestPageWrapsNumberWanted: on a page's text layer a line that starts
// like a point or a dash goes on with the line above when that line ends
// with a word that wants a number ("nêu tại Mục" / "1. Phần II ...") or
// with a year a dash and a year close as a span ("giai đoạn 2026" / "-
// 2030. ...").
func TestPageWrapsNumberWanted(t *testing.T) {
	src, err := os.ReadFile("testdata/pagetext/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	old := "b) Tham mưu UBND tỉnh ban hành Kế hoạch kết nối, chia sẻ dữ liệu\nnăm 2026. Thời hạn hoàn thành: trước ngày 30/6/2026.\n"
	lines := []string{
		"b) Tham mưu UBND tỉnh ban hành Kế hoạch kết nối, chia sẻ dữ liệu nêu tại Mục",
		"1. Phần II Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh, giai đoạn 2026",
		"- 2030. Thời hạn hoàn thành: trước ngày 30/6/2026.",
	}
	text := strings.Replace(string(src), old, strings.Join(lines, "\n")+"\n", 1)
	if text == string(src) {
		t.Fatal("example.txt: no point b)")
	}
	f, err := Read("wanted.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	wantParas(t, f, map[string]Kind{strings.Join(lines, " "): Body})
}

// TestPageWrapsMottoWhole: the Tiêu ngữ stands whole in a page's text
// layer; the other column's cell pdftotext puts under it (seed 004's date
// typed with blanks: "tháng 10 năm 2024") is a line of the header, not a
// piece of the Tiêu ngữ, which the motto rule then said was misspelt.
func TestPageWrapsMottoWhole(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	wantParas(t, f, map[string]Kind{
		"Độc lập - Tự do - Hạnh phúc":        Header,
		"Quảng Ngãi, ngày tháng 10 năm 2024": Header,
	})
}
