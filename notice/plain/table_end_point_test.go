package plain

import (
	"os"
	"strings"
	"testing"
)

// TestPointAfterTable reads a notice as pdftotext gives it, a table of
// age groups under "1. ...", then "2. Thời gian, địa điểm" indented as a
// paragraph: that line is the body's next point, not a cell. A cell's
// wrapped end, under its column, stays the table's.
func TestPointAfterTable(t *testing.T) {
	src, err := os.ReadFile("../../testdata/lawful/p78/pdf-cdc-tiem-chung.txt")
	if err != nil {
		t.Fatal(err)
	}
	if k, ok := kindOf(t, src, "2. Thời gian, địa điểm"); !ok || k != Body {
		t.Errorf("pdf copy: \"2. Thời gian, địa điểm\" read as %v (found %v), want Body", k, ok)
	}
	twin := strings.Replace(string(src), "Phụ nữ có thai                         Uốn ván                            1 đến 2\n",
		"Phụ nữ có thai                         Uốn ván                            1 đến 2\n"+
			"                                       2. Nhắc lại sau 4 tuần\n", 1)
	if twin == string(src) {
		t.Fatal("the twin's row was not found")
	}
	if k, ok := kindOf(t, []byte(twin), "2. Nhắc lại sau 4 tuần"); !ok || k != Cell {
		t.Errorf("wrapped cell: read as %v (found %v), want Cell", k, ok)
	}
	// A cell's line centred or indented in its column, off the row
	// above's start, stands right of the first column: still a cell.
	row := "Trẻ đủ 18 tháng tuổi                   Sởi - Rubella, vắc xin 4 trong 1   1\n"
	twin = strings.Replace(string(src), row, row+"                                          2. Mũi nhắc sau 6 tháng\n", 1)
	if twin == string(src) {
		t.Fatal("the twin's row was not found")
	}
	if k, ok := kindOf(t, []byte(twin), "2. Mũi nhắc"); !ok || k != Cell {
		t.Errorf("a cell's line off its column: read as %v (found %v), want Cell", k, ok)
	}
}

// kindOf is the kind of the first paragraph of src whose text opens with
// prefix.
func kindOf(t *testing.T, src []byte, prefix string) (Kind, bool) {
	t.Helper()
	f, err := Read("notice.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Paras {
		if strings.HasPrefix(p.Text, prefix) {
			return p.Kind, true
		}
	}
	return 0, false
}
