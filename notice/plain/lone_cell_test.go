package plain

import (
	"strings"
	"testing"
)

// TestLoneCellMarks holds a line a page closed with a cell's " |", alone
// among plain lines, to the letter's reading: the Kính gửi at the top and
// the body's last sentence; a short label so closed stays a cell, and a
// table one cell a line stays cells.
func TestLoneCellMarks(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Kính gửi: Quý Khách hàng |\n\nCông ty thông báo ngừng cấp nước.\n\nTrân trọng thông báo./. |\n", "addressee body body"},
		{"Mức thu học phí là 50.000 đồng/tín chỉ./.\n\nTài Vụ CĐCN |\n", "body cell"},
		{"Công ty thông báo như sau:\n\nSTT |\nTên phương tiện |\nSố đăng ký. |\n", "body cell cell cell"},
	}
	for _, c := range cases {
		f, err := Read("n.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		var ks []string
		for _, p := range f.Paras {
			ks = append(ks, p.Kind.String())
		}
		if got := strings.Join(ks, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}
