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

// TestRunInSubjectUnderStamp keeps as the notice's a line under a post's
// stamp that runs the tên loại into a trích yếu with its capital "Về" and
// closes it with a full stop, and reads as the page's a headline that
// copies the capital but ends with no mark, as a headline does (rv63).
func TestRunInSubjectUnderStamp(t *testing.T) {
	const body = "\n\nỦy ban nhân dân xã thông báo tạm dừng tiếp công dân định kỳ tháng 5/2021 để tổ chức bầu cử.\n\nỦy ban nhân dân xã thông báo để Nhân dân biết./.\n"
	cases := []readCase{
		{"Tin tức - Sự kiện\n\n21/05/2021 - 08:15\n\nThông báo Về việc tạm dừng tiếp công dân định kỳ tháng 5" + body,
			"n.txt:1:1 page: Tin tức - Sự kiện\nn.txt:5:1 page: Thông báo Về việc tạm dừng tiếp công dân định kỳ tháng 5\n" +
				"n.txt:7:1 body: Ủy ban nhân dân xã thông báo tạm dừng tiếp công dân định kỳ tháng 5/2021 để tổ chức bầu cử.\n" +
				"n.txt:9:1 body: Ủy ban nhân dân xã thông báo để Nhân dân biết./."},
		{"Tin tức - Sự kiện\n\n21/05/2021 - 08:15\n\nThông báo Về việc tạm dừng tiếp công dân định kỳ tháng 5." + body,
			"n.txt:1:1 page: Tin tức - Sự kiện\nn.txt:5:1 body: Thông báo Về việc tạm dừng tiếp công dân định kỳ tháng 5.\n" +
				"n.txt:7:1 body: Ủy ban nhân dân xã thông báo tạm dừng tiếp công dân định kỳ tháng 5/2021 để tổ chức bầu cử.\n" +
				"n.txt:9:1 body: Ủy ban nhân dân xã thông báo để Nhân dân biết./."},
	}
	readCases(t, cases)
}
