package plain

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func kinds(f *File) string {
	names := []string{"header", "title", "subject", "body", "note", "label", "recipient", "signer", "name", "appendix", "cell"}
	var out []string
	for _, p := range f.Paras {
		s := names[p.Kind]
		if p.Marker != "" {
			s += "[" + p.Marker + "]"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestRegions(t *testing.T) {
	src := "**ỦY BAN NHÂN DÂN**\\\n**HUYỆN LÝ SƠN**\n\nSố: 12/TB-UBND\n\n# THÔNG BÁO\n\n**Kết luận**\n\n" +
		"Ngày 02/01/2024, họp.\n\n**I. Đánh giá**\n\na) Một.\n\n- Hai;\n\n+ Ba.\n\nNay thông báo./.\n\n" +
		"***Nơi nhận:***\n\n- A;\n- Lưu: VT.\n\n**TL. CHỦ TỊCH**\\\n**CHÁNH VĂN PHÒNG**\n\n**Võ Thị Hương**\n\n" +
		"# Phụ lục\n\n| Cột | Hai |\n|---|---|\n| x | y |\n\n[^1]: Chú thích.\n"
	f, err := Read("n.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "header header header title subject body body[I.] body[a)] body[-] body[+] body label recipient recipient signer signer name appendix cell cell cell cell note"
	if got := kinds(f); got != want {
		t.Errorf("kinds\n got %s\nwant %s", got, want)
	}
	for _, p := range f.Paras {
		if p.Kind == Recipient && strings.Contains(p.Text, "*") {
			t.Errorf("markup left in %q", p.Text)
		}
	}
}

// TestPositions: a character keeps its line and column through markup and
// joins.
func TestPositions(t *testing.T) {
	src := "THÔNG BÁO\n\nKết luận\n\nĐoạn văn **đậm** dài bị cắt ở cuối trang bởi một lần ngắt trang trong bản chuyển đổi từ Word sang văn bản nên câu còn\n\n\ntiếp tục ở trang sau với từ khóa.\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var body Para
	for _, p := range f.Paras {
		if p.Kind == Body {
			body = p
		}
	}
	if !strings.HasSuffix(body.Text, "câu còn tiếp tục ở trang sau với từ khóa.") {
		t.Fatalf("the paragraph cut by a page break is not joined: %q", body.Text)
	}
	for word, want := range map[string][2]int{"đậm": {5, 12}, "khóa": {8, 29}} {
		p := body.PosAt(strings.Index(body.Text, word))
		if p.Line != want[0] || p.Col != want[1] {
			t.Errorf("%q at %d:%d, want %d:%d", word, p.Line, p.Col, want[0], want[1])
		}
	}
}

func TestSuperscriptNotes(t *testing.T) {
	src := "THÔNG BÁO\n\nKết luận\n\nChính phủ¹, Thủ tướng¹².\n\n¹ Nghị quyết số 01/NQ-CP.\n\n¹² Quyết định số 58/QĐ-\n\nb) Người đứng đầu.\n\nUBQGCDs ngày 19/4/2024.\n\n6 Phân khai kinh phí.\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := kinds(f); got != "title subject body note note body[b)] note" {
		t.Fatalf("kinds %s", got)
	}
	if n := f.Paras[2].Notes; strings.Join(n, ",") != "1,12" {
		t.Errorf("references %v", n)
	}
	if p := f.Paras[4]; p.Number != "12" || p.Text != "Quyết định số 58/QĐ-UBQGCDs ngày 19/4/2024." {
		t.Errorf("the footnote cut by a page break: %q (%s)", p.Text, p.Number)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"THÔNG BÁO\n\nx\n\n- a;\n", "| a | b |\n|---|\n", "¹²³ x", "Nơi nhận:\n- a\nTL. X\nY\nPhụ lục\n1. a",
		"Số: 1/TB-X | CỘNG HÒA\nTHÔNG BÁO\nNơi nhận: | TL. CHỦ TỊCH\n- a; | \n | Nguyễn Văn A\n1 Chú thích",
		"Số:  /TB\tHà Nội, ngày  tháng 5 năm 2025\n1.\tMột\n- Lưu: VT.\t\tGIÁM ĐỐC\n",
		"     UBND             CỘNG HÒA\n      Số:   /TB      Hà Nội, ngày\n\n         THÔNG BÁO\n      Một dòng thụt\nvào rồi\n1\n  Chú\n\f      2\n\ntiếp\nNơi nhận:      KT. GIÁM ĐỐC\n- a;\n                 Tên",
		"Tho\u0302ng ba\u0301o\n\nNo\u031bi nha\u0323\u0302n:\n", "TH0NG B4O\nK3t lu@n cu?a d0ng ch1",
		"BỘ CÔNG THƢƠNG\nƣ\u0301ng Ðoàn Guðrún\n- Lƣu: VT.\n", "  STT     Hạng mục     Số\n    1     Một     2\n       Dòng văn xuôi chạy từ lề này sang lề kia của trang giấy.\n",
		"In trang\nKính gửi: A |\nKính gửi: B. Thực hiện x.\n   Một.\n   Hai.\nCập nhật lúc : 08:51 17/04/2018\nTrân trọng./. |\nTNĐT\n",
		"THÔNG BÁO VỀ VIỆC A B C D\n\nX thông báo về việc a b c d\n\nTHÔNG BÁO\n\nVề việc a b c d\n\nThực hiện./.\n\n(kèm)\n\nTheo TTV\n\n.\n",
		"THÔNG BÁO VỀ VIỆC A B C D\nThông báo gửi về việc a b c d\n", "Thông báo\nVề việc a\nX.\n",
		"Thông báo x\n\n16/11/2008 - 21:24\n\nCỘNG HÒA\nBến Tre, ngày 1 tháng 2 năm 2008\nKính gửi:\n|\n- A;\nv Trước:\na. Một\n",
		"X a b c d e f g h\n(10/01/2023 14:27:39)\nX a b c d e f g h i\nBTNO - Về a\nTài liệu đính kèm:\n",
		"Nơi nhận: | TRƯỞNG PHÒNG\n- Lưu: VT;\nBản điện tử:\n- A; | PHÓ\nGửi bản giấy:\n- B. | Phạm Văn Hà\n",
		"Chào mừng bạn đến với Trang thông tin điện tử X\nY\nĐăng lúc: 17:00:00 02/01/2024 (GMT+7)\n22/06/2021 5:28:52 CH\nXem cỡ chữ:\n DỰ THẢO BÁO CÁO\nTập tin đính kèm\nSTT Tên tập tin Tải về\n1 X ()\n"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, layout uint8) {
		file, err := ReadWith("f.txt", []byte(s), Options{Layout: Layout(layout % 4)})
		if err != nil {
			return
		}
		for _, p := range file.Paras {
			for i := range p.Text {
				pos := p.PosAt(i)
				if pos.Line < 1 || pos.Col < 1 {
					t.Fatalf("no position for byte %d of %q", i, p.Text)
				}
				if off := p.Offset(i); pos.Col != utf8.RuneCountInString(file.Text[file.lines[pos.Line-1]:off])+1 {
					t.Fatalf("byte %d of %q: column %d", i, p.Text, pos.Col)
				}
				sameStretch(t, 0, p, i)
			}
			sameLines(t, p)
			if off, ok := p.Decomposed(); ok && (off < 0 || off >= len(p.Text)) {
				t.Fatalf("decomposed at %d of %q", off, p.Text)
			}
		}
	})
}

// TestListing reads a .docx as its listing is written (one paragraph per
// line, numbering written out, table rows as cells joined by " | ", line
// k holding the k-th paragraph of each cell, footnotes after the body):
// every cell is read where it belongs, and keeps its line and column.
func TestListing(t *testing.T) {
	src := "UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" +
		"VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n" +
		"Số:      /TB-VP | Lào Cai, ngày      tháng 6 năm 2026\n" +
		"THÔNG BÁO\n" +
		"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về các cụm công nghiệp\n" +
		"Ngày 19/6/2026, UBND tỉnh họp¹.\n" +
		"1. Sở Công Thương\n" +
		"- Chủ trì theo dõi.\n" +
		"Văn phòng thông báo để các cơ quan biết, thực hiện./.\n" +
		"Nơi nhận: | TL. CHỦ TỊCH\n" +
		"- Như trên; | CHÁNH VĂN PHÒNG\n" +
		"- Sở Tài chính; | \n" +
		"- Lưu: VT, TH. | Nguyễn Văn A\n" +
		"1 Quyết định số 12/QĐ-UBND ngày 02/01/2026.\n"
	f, err := ReadWith("n.txt", []byte(src), Options{Layout: OnePerLine})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range f.Paras {
		pos := p.PosAt(0)
		got = append(got, fmt.Sprintf("%d:%d %s/%s", pos.Line, pos.Col, p.Kind, p.Col))
	}
	want := "1:1 header/left 1:21 header/right 2:1 header/left 2:13 header/right 3:1 header/left 3:19 header/right " +
		"4:1 title/whole 5:1 subject/whole 6:1 body/whole 7:1 body/whole 8:1 body/whole 9:1 body/whole " +
		"10:1 label/left 10:13 signer/right 11:1 recipient/left 11:15 signer/right 12:1 recipient/left " +
		"13:1 recipient/left 13:18 name/right 14:1 note/whole"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("listing read as\n%s\nwant\n%s", g, want)
	}
	if n := f.Paras[len(f.Paras)-1]; n.Number != "1" || strings.Join(f.Paras[8].Notes, ",") != "1" {
		t.Errorf("the footnote and its mark: %q %v", n.Number, f.Paras[8].Notes)
	}
}

// TestNFCPositions: text is read in NFC, and each character still points
// at where the file wrote it.
func TestNFCPositions(t *testing.T) {
	nfd := norm.NFD.String("THÔNG BÁO\n\nKết luận\n\nNơi nhận:\n\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nChánh văn phòng Võ Minh Châu\n")
	f, err := Read("n.txt", []byte(nfd))
	if err != nil {
		t.Fatal(err)
	}
	if got := kinds(f); got != "title subject label recipient signer name" {
		t.Fatalf("kinds %s", got)
	}
	name := f.Paras[len(f.Paras)-1]
	if !norm.NFC.IsNormalString(name.Text) {
		t.Errorf("not NFC: %q", name.Text)
	}
	off := strings.Index(name.Text, "Châu")
	if p := name.PosAt(off); p.Line != 10 || p.Col != len([]rune(norm.NFD.String("Chánh văn phòng Võ Minh ")))+1 {
		t.Errorf("Châu at %d:%d", p.Line, p.Col)
	}
	if at, ok := f.Paras[0].Decomposed(); !ok || at != 2 {
		t.Errorf("the first decomposed letter of the title: %d %v", at, ok)
	}
}

// TestJoinedCells: a table converted with a cell's paragraphs joined by
// "<br>" or by spaces is read as the paragraphs Word had, each mapped to
// where it stands in the file.
func TestJoinedCells(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"br", "| | |\n|---|---|\n| **UBND TỈNH X**<br>**SỞ Y**<br>Số: 12/TB-SY | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br>*X, ngày 02 tháng 3 năm 2025* |\n\n# THÔNG BÁO\n\nKết luận\n\nNội dung./.\n\n| | |\n|---|---|\n| ***Nơi nhận:***<br>- A;<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br>**Lê Văn C** |\n",
			"header:UBND TỈNH X|header:SỞ Y|header:Số: 12/TB-SY|header:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|header:Độc lập - Tự do - Hạnh phúc|header:X, ngày 02 tháng 3 năm 2025|title:THÔNG BÁO|subject:Kết luận|body:Nội dung./.|label:Nơi nhận:|recipient:- A;|recipient:- Lưu: VT.|signer:GIÁM ĐỐC|name:Lê Văn C"},
		{"spaces", "| SỞ Y ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n| --- | --- |\n| Số: 12/TB-SY | *X, ngày 02 tháng 3 năm 2025 * |\nTHÔNG BÁO\nKết luận của Giám đốc Sở\nNội dung ở đây là một đoạn văn khá dài để văn bản được đọc mỗi dòng một đoạn như Word lưu ra văn bản thường./.\n| *Nơi nhận:* - A; - B. - Lưu: VT, VP (2)NXT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH     Lê Văn C |\n",
			"header:SỞ Y|header:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|header:Độc lập - Tự do - Hạnh phúc|header:Số: 12/TB-SY|header:X, ngày 02 tháng 3 năm 2025|title:THÔNG BÁO|subject:Kết luận của Giám đốc Sở|body:Nội dung ở đây là một đoạn văn khá dài để văn bản được đọc mỗi dòng một đoạn như Word lưu ra văn bản thường./.|label:Nơi nhận:|recipient:- A;|recipient:- B.|recipient:- Lưu: VT, VP (2)NXT.|signer:TM. ỦY BAN NHÂN DÂN|signer:KT. CHỦ TỊCH|signer:PHÓ CHỦ TỊCH|name:Lê Văn C"},
	}
	for _, c := range cases {
		f, err := Read(c.name+".txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range f.Paras {
			got = append(got, p.Kind.String()+":"+p.Text)
			pos := p.PosAt(0)
			line := strings.SplitN(c.src[lineStartOf(c.src, pos.Line):], "\n", 2)[0]
			if r := []rune(line); pos.Col < 1 || pos.Col > len(r) || !strings.HasPrefix(p.Text, string(r[pos.Col-1])) {
				t.Errorf("%s: %q is mapped to %d:%d", c.name, p.Text, pos.Line, pos.Col)
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

// lineStartOf is the byte offset where line n (from 1) of s starts.
func lineStartOf(s string, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		off += strings.IndexByte(s[off:], '\n') + 1
	}
	return off
}

// TestLookalikes: a text layer's "ƣ" and a word-initial "Ð" are read as
// "ư" and "Đ", each still at its place in the file, and Lookalike finds
// the first; an Icelandic "ð" inside a word is left as it is.
func TestLookalikes(t *testing.T) {
	src := "THÔNG BÁO\nKết luận\nÐoàn Guðrún làm việc; các đơn vị phối hợp thực hiện đầy đủ, kịp thời các nội dung đã được thống nhất.\n" +
		"Nơi nhận:\n- Nhƣ trên;\n- Lƣu: VT.\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range f.Paras {
		texts = append(texts, p.Text)
	}
	got := strings.Join(texts, "|")
	want := "THÔNG BÁO|Kết luận|Đoàn Guðrún làm việc; các đơn vị phối hợp thực hiện đầy đủ, kịp thời các nội dung đã được thống nhất.|Nơi nhận:|- Như trên;|- Lưu: VT."
	if got != want {
		t.Fatalf("read\n got %s\nwant %s", got, want)
	}
	for i, w := range []struct {
		off         int
		wrote, read rune
		ok          bool
	}{{}, {}, {0, 'Ð', 'Đ', true}, {}, {4, 'ƣ', 'ư', true}, {3, 'ƣ', 'ư', true}} {
		off, wrote, read, ok := f.Paras[i].Lookalike()
		if off != w.off || wrote != w.wrote || read != w.read || ok != w.ok {
			t.Errorf("%q: Lookalike() = %d %q %q %v; want %d %q %q %v", f.Paras[i].Text, off, wrote, read, ok, w.off, w.wrote, w.read, w.ok)
		}
	}
	if p := f.Paras[4].PosAt(5); p.Line != 5 || p.Col != 5 {
		t.Errorf("the space after Như at %d:%d, want 5:5", p.Line, p.Col)
	}
	// the tone mark typed apart after "ƣ" is composed onto the "ư" read
	g, err := Read("n.txt", []byte("THÔNG BÁO\nKết luận\nThực hiện kế hoạch, các đơn vị ƣ\u0301ng trước kinh phí.\n"))
	if err != nil {
		t.Fatal(err)
	}
	const ung = "Thực hiện kế hoạch, các đơn vị ứng trước kinh phí."
	if p := g.Paras[len(g.Paras)-1]; p.Text != ung {
		t.Errorf("read %q, want %q", p.Text, ung)
	} else if off, wrote, read, ok := p.Lookalike(); !ok || off != strings.Index(ung, "ứng") || wrote != 'ƣ' || read != 'ư' {
		t.Errorf("Lookalike() = %d %q %q %v", off, wrote, read, ok)
	}
}

// TestStretch holds Stretch to Offset on every paragraph of the seeds
// read as text and of texts whose reading moves bytes (NFC, joined lines,
// cells): the characters that start in the bytes it counts follow one
// another, and the next does not.
func TestStretch(t *testing.T) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	srcs := []string{
		"Ngày 22 tháng 02 năm 2023,\nđồng chí Pha\u0323m Thi\u0323 Hương chủ trì.\n",
		"UBND HUYỆN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG\t\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/TB-VP\n",
		"| Cột | Hai |\n|---|---|\n| x  y | ạ |\n",
		"Trường học\u00a0số¹ 2, ƣu tiên giữa  hai   chữ\n",
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	for k, src := range srcs {
		for _, opts := range []Options{{}, {Layout: OnePerLine}} {
			f, err := ReadWith("n.txt", []byte(src), opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range f.Paras {
				for i, w := 0, 0; i < len(p.Text); i += w {
					_, w = utf8.DecodeRuneInString(p.Text[i:])
					sameStretch(t, k, p, i)
				}
			}
		}
	}
}

// sameStretch checks Stretch(i, 0) character by character, and the
// limits.
func sameStretch(t *testing.T, k int, p Para, i int) {
	t.Helper()
	n := p.Stretch(i, 0)
	for _, limit := range []int{1, 2, 3, 7} {
		if got := p.Stretch(i, limit); got != min(n, limit) {
			t.Fatalf("text %d, %q: Stretch(%d, %d) = %d, Stretch(%d, 0) = %d", k, p.Text, i, limit, got, i, n)
		}
	}
	if n < 1 || i+n > len(p.Text) {
		t.Fatalf("text %d, %q: Stretch(%d) = %d", k, p.Text, i, n)
	}
	j := i
	for j < len(p.Text) && j < len(p.src) {
		at := p.Offset(j) == p.Offset(i)+j-i
		if j < i+n && !at {
			t.Fatalf("text %d, %q: Stretch(%d) = %d, but byte %d is at %d", k, p.Text, i, n, j, p.Offset(j))
		}
		if j >= i+n {
			if at {
				t.Fatalf("text %d, %q: Stretch(%d) = %d stops short", k, p.Text, i, n)
			}
			return
		}
		_, w := utf8.DecodeRuneInString(p.Text[j:])
		j += w
	}
}

// TestRuneMarks holds the columns counted from runeMarks to a count from
// the start of the line, and the lines found near any line (posNear) to
// the search, at every byte of texts long and short, with
// characters of one to four bytes, bytes that are not UTF-8 and a
// character cut at the end.
func TestRuneMarks(t *testing.T) {
	long := strings.Repeat("Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai 😀 ", 20)
	texts := []string{"", "a", "ạ", "\n", "ab\ncd", "a\nb\n\nc\nd\ne\nf\n\ng", long, long + "\n" + long, "\xe1\xba" + long + "\xff\xfe\n\x80x" + long[:len(long)-2]}
	for k, text := range texts {
		f := &File{Text: text, lines: []int{0}, marks: runeMarks(text), valid: utf8.ValidString(text)}
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				f.lines = append(f.lines, i+1)
			}
		}
		line := 0
		for off := 0; off <= len(text); off++ {
			for line+1 < len(f.lines) && f.lines[line+1] <= off {
				line++
			}
			want := utf8.RuneCountInString(text[f.lines[line]:off]) + 1
			if p := f.pos(off); p.Line != line+1 || p.Col != want {
				t.Fatalf("text %d, byte %d: line %d col %d, want line %d col %d", k, off, p.Line, p.Col, line+1, want)
			}
			for hint := -2; hint <= len(f.lines)+1; hint++ {
				if p := f.posNear(off, hint); p.Line != line+1 || p.Col != want {
					t.Fatalf("text %d, byte %d, near line %d: line %d col %d, want line %d col %d", k, off, hint, p.Line, p.Col, line+1, want)
				}
			}
		}
	}
}

// TestRuneCount holds runeCount to utf8.RuneCountInString on every
// stretch of valid UTF-8 of up to 40 bytes, from and to a character's
// start, of texts with characters of one to four bytes.
func TestRuneCount(t *testing.T) {
	texts := []string{"", "a", "ạ", "Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai 😀 ×\u00a0", "\u0300\u0301😀😀😀😀😀abcdefgh"}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text) && j <= i+40; j++ {
				if !startsRune(text, i) || !startsRune(text, j) {
					continue
				}
				if got, want := runeCount(text[i:j]), utf8.RuneCountInString(text[i:j]); got != want {
					t.Fatalf("runeCount(%q) = %d, want %d", text[i:j], got, want)
				}
			}
		}
	}
}

func startsRune(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// FuzzRuneCount holds runeCount to utf8.RuneCountInString on any valid
// text.
func FuzzRuneCount(f *testing.F) {
	f.Add("Thông báo kết luận 😀")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}
