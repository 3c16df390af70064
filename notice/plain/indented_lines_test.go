package plain

import "testing"

// TestIndentedAnew parts lines indented alike, each a sentence, that a
// page left without blank lines between, and keeps a paragraph whose
// later lines start at the margin, or whose first line runs on, whole.
func TestIndentedAnew(t *testing.T) {
	cases := []readCase{
		{"Thời gian qua, xã đã thu phí vệ sinh môi trường.\n\n       Vậy UBND xã thông báo để các hộ biết và chủ động nộp.\n       Bắt đầu từ quý II năm 2019, xã thu theo quý.\n",
			"n.txt:1:1 body: Thời gian qua, xã đã thu phí vệ sinh môi trường.\nn.txt:3:8 body: Vậy UBND xã thông báo để các hộ biết và chủ động nộp.\nn.txt:4:8 body: Bắt đầu từ quý II năm 2019, xã thu theo quý."},
		{"Thời gian qua, xã đã thu phí vệ sinh môi trường.\n\n       Vậy UBND xã thông báo để các hộ biết.\nBắt đầu từ quý II năm 2019, xã thu theo quý.\n",
			"n.txt:1:1 body: Thời gian qua, xã đã thu phí vệ sinh môi trường.\nn.txt:3:8 body: Vậy UBND xã thông báo để các hộ biết. Bắt đầu từ quý II năm 2019, xã thu theo quý."},
		{"Thời gian qua, xã đã thu phí vệ sinh môi trường.\n\n       Vậy UBND xã thông báo để các hộ biết và\n       chủ động nộp. Xã thu theo quý.\n       Bắt đầu từ quý II năm 2019.\n",
			"n.txt:1:1 body: Thời gian qua, xã đã thu phí vệ sinh môi trường.\nn.txt:3:8 body: Vậy UBND xã thông báo để các hộ biết và chủ động nộp. Xã thu theo quý. Bắt đầu từ quý II năm 2019."},
	}
	readCases(t, cases)
}
