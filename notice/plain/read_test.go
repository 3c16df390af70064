package plain

import (
	"strings"
	"testing"
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
	for _, s := range []string{"THÔNG BÁO\n\nx\n\n- a;\n", "| a | b |\n|---|\n", "¹²³ x", "Nơi nhận:\n- a\nTL. X\nY\nPhụ lục\n1. a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		file, err := Read("f.md", []byte(s))
		if err != nil {
			return
		}
		for _, p := range file.Paras {
			for i := range p.Text {
				if pos := p.PosAt(i); pos.Line < 1 || pos.Col < 1 {
					t.Fatalf("no position for byte %d of %q", i, p.Text)
				}
			}
		}
	})
}
