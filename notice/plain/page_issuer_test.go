package plain

import (
	"strings"
	"testing"
)

// TestIssuerInSmallLetters: a body's name in small letters above the Quốc
// hiệu is the issuer's line, not a page's lead, however long it is and
// whatever body it names; a sentence telling what an office did is a lead.
func TestIssuerInSmallLetters(t *testing.T) {
	tail := "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/TB-BCH\nQuảng Nam, ngày 12 tháng 3 năm 2025\nTHÔNG BÁO\nVề việc phòng, chống bão\nCác đơn vị thực hiện./.\n"
	first := func(src string) string {
		f, err := Read("n.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		line, _, _ := strings.Cut(paraLines(f), "\n")
		return line
	}
	for _, issuer := range []string{
		"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Nam",
		"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam",
		"Quận ủy Ba Đình",
		"Đại học Đà Nẵng",
		"Kiểm toán nhà nước khu vực III",
	} {
		if got, want := first(issuer+tail), "n.txt:1:1 header: "+issuer; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	lead := "Ủy ban nhân dân phường Chánh Lộ thông báo về việc treo cờ Tổ quốc"
	if got, want := first(lead+tail), "n.txt:1:1 page: "+lead; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
