package plain

import (
	"slices"
	"strings"
	"testing"
)

// TestPageNoteMarks: the marks of a page's notes, which pdftotext gives
// as bare figures in the body's lines ("được Chính phủ 1, Thủ tướng
// Chính phủ 2, Ủy ban Quốc gia về chuyển đổi số 3 giao", "tích cực 4.",
// "UBND tỉnh 5 và", "năm 2030 8 theo"), are read as the paragraph's
// notes' marks, out of its text; a figure of the sentence stays: one
// of a note's number where the sure mark stands after it ("tổ chức 1
// hội nghị" over "được giao 1."), and one whose page's foot holds no
// note of that number (seed 004's second mark of note 6, on a page of
// notes 7 to 9).
func TestPageNoteMarks(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	want := map[string][]string{
		"Năm 2024, công tác chuyển đổi số":         {"1", "2", "3", "4"},
		"a) Tiếp tục quán triệt và thực hiện đạt":  {"5"},
		"c) Khẩn trương tham mưu UBND tỉnh triển":  {"7", "8"},
		"đ) Khẩn trương thực hiện, hoàn thành các": {"6"},
	}
	for _, p := range f.Paras {
		for opens, notes := range want {
			if strings.HasPrefix(p.Text, opens) {
				if !slices.Equal(p.Notes, notes) {
					t.Errorf("%d: notes' marks %v, want %v: %q", p.Line, p.Notes, notes, p.Text)
				}
				delete(want, opens)
			}
		}
		for _, w := range []string{"Chính phủ 1", "số 3 giao", "cực 4", "tỉnh 5 và", "2030 8 theo"} {
			if strings.Contains(p.Text, w) {
				t.Errorf("%d: a note's mark read as a figure: %q", p.Line, w)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no paragraph opens %v", want)
	}
	src := readPageSrc(t, "example.txt")
	text := strings.Replace(src, "các nhiệm vụ chuyển đổi số\n", "các nhiệm vụ, tổ chức 1 hội nghị\n", 1)
	if text == src {
		t.Fatal("example.txt: no line ends \"các nhiệm vụ chuyển đổi số\"")
	}
	g, err := Read("marks.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range g.Paras {
		if strings.Contains(p.Text, "tổ chức 1 hội nghị") {
			found = strings.HasSuffix(p.Text, "vượt chỉ tiêu được giao.") && slices.Equal(p.Notes, []string{"1"})
		}
	}
	if !found {
		t.Errorf("marks.txt: the figure of the sentence cut, or the mark read as a figure")
	}
}

// TestNoteMarkDecimal: a figure that a decimal comma or a thousands'
// point goes on ("đạt 1,5 lần", "1.200 hồ sơ") is a number of the
// sentence, no note's mark, though the page's foot holds note 1: it stays
// whole, and the note's mark after "được giao" is still read (rv74).
func TestNoteMarkDecimal(t *testing.T) {
	src := readPageSrc(t, "example.txt")
	text := strings.Replace(src, "đạt 82%", "đạt 1,5 lần, 1.200 hồ sơ", 1)
	if text == src {
		t.Fatal("example.txt: no \"đạt 82%\"")
	}
	g, err := Read("decimal.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range g.Paras {
		if strings.Contains(p.Text, "toàn trình đạt") {
			found = true
			if !strings.Contains(p.Text, "đạt 1,5 lần, 1.200 hồ sơ") || !strings.HasSuffix(p.Text, "được giao.") || !slices.Equal(p.Notes, []string{"1"}) {
				t.Errorf("%d: a number of the sentence read as a note's mark, or the mark missed: %q %v", p.Line, p.Text, p.Notes)
			}
		}
	}
	if !found {
		t.Error("decimal.txt: no paragraph holds \"toàn trình đạt\"")
	}
}
