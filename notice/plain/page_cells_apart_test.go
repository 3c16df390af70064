package plain

import (
	"strings"
	"testing"
)

// TestPageCellsApart: a header's number and date typed with blanks for
// the hand's figures are each two runs of text on the page, which
// pdftotext (no -layout) puts apart among the other column's cells
// (seed004.txt: "Số:", "Quảng Ngãi, ngày", "/TB-UBND", "Độc lập - Tự do -
// Hạnh phúc", "tháng 10 năm 2024"); each cell reads whole again, its rest
// after its start, and the number's code and the date's month and year
// are no lines of their own. A cell's rest right under its start is the
// header's reading's to join, as before; the code of a number typed
// whole is no rest of another cell.
func TestPageCellsApart(t *testing.T) {
	f := readPageText(t, "seed004.txt")
	wantParas(t, f, map[string]Kind{
		"Số: /TB-UBND": Header,
		"Quảng Ngãi, ngày tháng 10 năm 2024": Header,
		"Độc lập - Tự do - Hạnh phúc":        Header,
	})
	for _, p := range f.Paras {
		if p.Text == "/TB-UBND" || p.Text == "tháng 10 năm 2024" || p.Text == "Quảng Ngãi, ngày" {
			t.Errorf("%d: a cell's piece read alone: %q", p.Line, p.Text)
		}
	}
	raws := testRaws(strings.Join([]string{
		"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/TB-UBND",
		"Quảng Ngãi, ngày", "Độc lập - Tự do - Hạnh phúc", "/KH-SKHCN", "tháng 10 năm 2024", "THÔNG BÁO",
	}, "\n"))
	got := cellsApart(raws, headerEnd(raws))
	if len(got) != 1 || got[4] != 7 {
		t.Errorf("cells apart %v, want the date's start (4) and its rest (7) alone", got)
	}
	raws = testRaws("Số:\n/TB-UBND\nQuảng Ngãi, ngày\ntháng 10 năm 2024\nTHÔNG BÁO")
	if got := cellsApart(raws, headerEnd(raws)); got != nil {
		t.Errorf("cells right under their starts: %v, want none", got)
	}
}
