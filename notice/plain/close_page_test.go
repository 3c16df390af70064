package plain

import "testing"

// TestClosedPage reads a page's lines under a body closed by "./." (the
// office's contacts, its name alone at the foot, a portal's section and
// its posts) as the page's, the end block under them as the end block,
// and keeps as body a line under a body that did not close with "./."
// and a sentence or a note of the body's own under the "./.".
func TestClosedPage(t *testing.T) {
	cases := []readCase{
		{"Bảo tàng tạm dừng đón khách./.\n\nTel: 84.024.62581807\n\nWebsite: www.baotang.vn\n\n                                                            Bảo tàng Văn học Việt Nam\n",
			"n.txt:1:1 body: Bảo tàng tạm dừng đón khách./.\nn.txt:3:1 page: Tel: 84.024.62581807\nn.txt:5:1 page: Website: www.baotang.vn\nn.txt:7:61 page: Bảo tàng Văn học Việt Nam"},
		{"Chi cục thông báo cấp dự báo cháy rừng./.\nbình luận\nBài viết liên quan\nGiữ màu xanh đại ngàn\n",
			"n.txt:1:1 body: Chi cục thông báo cấp dự báo cháy rừng./.\nn.txt:2:1 page: bình luận\nn.txt:3:1 page: Bài viết liên quan\nn.txt:4:1 page: Giữ màu xanh đại ngàn"},
		{"Bảo tàng tạm dừng đón khách./.\n\nĐiện thoại: 024.3825\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n",
			"n.txt:1:1 body: Bảo tàng tạm dừng đón khách./.\nn.txt:3:1 page: Điện thoại: 024.3825\nn.txt:5:1 label: Nơi nhận:\nn.txt:6:1 recipient: - Lưu: VT.\nn.txt:8:1 signer: GIÁM ĐỐC\nn.txt:10:1 name: Nguyễn Văn A"},
		{"Nhà trường thông báo lịch nghỉ./.\n\n                                                            HIỆU TRƯỞNG\n\n                                                            Nguyễn Văn A\n",
			"n.txt:1:1 body: Nhà trường thông báo lịch nghỉ./.\nn.txt:3:61 signer: HIỆU TRƯỞNG\nn.txt:5:61 name: Nguyễn Văn A"},
		{"Bảo tàng tạm dừng đón khách.\n\nTel: 84.024.62581807\n",
			"n.txt:1:1 body: Bảo tàng tạm dừng đón khách.\nn.txt:3:1 body: Tel: 84.024.62581807"},
		{"Đề nghị các đơn vị thực hiện./.\n\nTrân trọng!\n",
			"n.txt:1:1 body: Đề nghị các đơn vị thực hiện./.\nn.txt:3:1 body: Trân trọng!"},
	}
	readCases(t, cases)
}
