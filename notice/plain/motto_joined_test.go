package plain

import "testing"

// TestMottoJoined parts the Quốc hiệu and the Tiêu ngữ a PDF's extraction
// joined into one line of the header; the two on lines of their own, and
// a line of the body that names the country so, stay as they are.
func TestMottoJoined(t *testing.T) {
	cases := []readCase{
		{"BAN TỔ CHỨC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nAn Giang, ngày 10 tháng 3 năm 2025\n\nSố: 04/TB-BTC\n\nTHÔNG BÁO\n",
			"n.txt:1:1 header: BAN TỔ CHỨC\nn.txt:3:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:36 header: Độc lập - Tự do - Hạnh phúc\nn.txt:5:1 header: An Giang, ngày 10 tháng 3 năm 2025\nn.txt:7:1 header: Số: 04/TB-BTC\nn.txt:9:1 title: THÔNG BÁO"},
		{"BAN TỔ CHỨC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHÔNG BÁO\n",
			"n.txt:1:1 header: BAN TỔ CHỨC\nn.txt:2:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:4:1 title: THÔNG BÁO"},
	}
	readCases(t, cases)
}
