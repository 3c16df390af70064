package plain

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// markerRe is a lint fixture's marker at a line's end.
var markerRe = regexp.MustCompile(`(?m)  # not: [a-z -]+$`)

// TestHardWrapJoins reads a notice a library served hard-wrapped at 80
// columns, with line feeds, with carriage returns and line feeds, and
// with spaces after every line: the piece "1. Phần II ..." goes on with
// point 2, and its words keep their lines and columns in the file.
func TestHardWrapJoins(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lint/hard-wrap-library-lawful.txt")
	if err != nil {
		t.Fatal(err)
	}
	lf := markerRe.ReplaceAllString(string(src), "")
	for name, text := range map[string]string{
		"lf":             lf,
		"crlf":           strings.ReplaceAll(lf, "\n", "\r\n"),
		"trailing-space": strings.ReplaceAll(lf, "\n", "  \n"),
	} {
		f, err := Read("wrapped.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if f.Layout != OnePerLine {
			t.Errorf("%s: layout %v, want one-per-line", name, f.Layout)
		}
		found := false
		for _, p := range f.Paras {
			i := strings.Index(p.Text, "Phần II")
			if i < 0 {
				continue
			}
			found = true
			if p.Marker != "2." {
				t.Errorf("%s: %q read in a paragraph marked %q, want 2.", name, "Phần II", p.Marker)
			}
			if pos := p.PosAt(i); pos.Line != 17 || pos.Col != 4 {
				t.Errorf("%s: %q at %d:%d, want 17:4", name, "Phần II", pos.Line, pos.Col)
			}
		}
		if !found {
			t.Errorf("%s: no paragraph holds %q", name, "Phần II")
		}
	}
}

// TestHardWrapsUneven: lines broken short of the width inside sentences,
// as a PDF's justified lines or a typist break them, are no library's
// wrap, and are left to the reader's own reading.
func TestHardWrapsUneven(t *testing.T) {
	lines := []string{
		"Thực hiện Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân",
		"huyện về tiêm phòng cho đàn gia súc, gia cầm năm 2026,",
		"Ủy ban nhân dân xã thông báo lịch tiêm phòng như sau: các thôn bố trí",
		"địa điểm tiêm phòng tập trung và cử người phối hợp với cán bộ thú y trong suốt",
		"thời gian tiêm phòng; các hộ chăn nuôi đưa gia súc, gia cầm đến địa",
		"điểm tiêm phòng đúng giờ, theo lịch của Trạm Thú y huyện gửi kèm theo thông",
		"báo này, và giữ giấy chứng nhận tiêm phòng.",
	}
	var raws []rawLine
	for i, s := range lines {
		raws = append(raws, rawLine{s: s, num: i + 1})
	}
	if cont := hardWraps(raws, Blank); cont != nil {
		t.Errorf("hardWraps = %v, want nil", cont)
	}
}
