package plain

import "testing"

// TestCreditAtTop reads a post's credit on the text's first line
// ("Nguồn: Chi cục Kiểm lâm") as the page's, and a table's source further
// down as the notice's own.
func TestCreditAtTop(t *testing.T) {
	cases := []readCase{
		{"Nguồn: Chi cục Kiểm lâm\nChi cục Kiểm lâm thông báo cấp dự báo cháy rừng cấp III./.\n",
			"n.txt:1:1 page: Nguồn: Chi cục Kiểm lâm\nn.txt:2:1 body: Chi cục Kiểm lâm thông báo cấp dự báo cháy rừng cấp III./."},
		{"Chi cục Kiểm lâm thông báo diện tích rừng năm 2025 là 412.000 ha.\nNguồn: Cục Thống kê tỉnh\nĐề nghị các chủ rừng phối hợp thực hiện.\n",
			"n.txt:1:1 body: Chi cục Kiểm lâm thông báo diện tích rừng năm 2025 là 412.000 ha.\nn.txt:2:1 body: Nguồn: Cục Thống kê tỉnh\nn.txt:3:1 body: Đề nghị các chủ rừng phối hợp thực hiện."},
	}
	readCases(t, cases)
}
