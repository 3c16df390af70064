package plain

import "testing"

// TestBareStampRow reads a portal's stamp row whose date stands with no
// label ("07/10/2021 | 17:11 | View Count: 100") as the post's stamp: the
// title over it the page's whatever its end, the section's label printed
// twice over the title the page's too, and the portal's summary under the
// stamp, stitched from the notice's sentences, the page's; the kind alone
// in capitals over the title keeps the title the notice's trích yếu, a
// row of dates and times with no view count stays the notice's, and a
// line of one sentence under the stamp stays the notice's.
func TestBareStampRow(t *testing.T) {
	const body = "      Ủy ban nhân dân phường Hàng Bài thông báo.\n\n      Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội về việc treo cờ Tổ quốc năm 2021.\n\n      Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\n\n      Đề nghị các tổ dân phố đôn đốc thực hiện./.\n"
	cases := []readCase{
		{"Tin tức chỉ đạo điều hành Tin tức chỉ đạo điều hành\n\nThông báo về việc treo cờ Tổ quốc, chào mừng Kỷ niệm 67 năm ngày Giải phóng Thủ đô.\n07/10/2021 | 17:11  | View Count: 100\n\nThực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội. Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\n\n" + body,
			"n.txt:1:1 page: Tin tức chỉ đạo điều hành Tin tức chỉ đạo điều hành\nn.txt:3:1 page: Thông báo về việc treo cờ Tổ quốc, chào mừng Kỷ niệm 67 năm ngày Giải phóng Thủ đô.\nn.txt:6:1 page: Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội. Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\nn.txt:8:7 body: Ủy ban nhân dân phường Hàng Bài thông báo.\nn.txt:10:7 body: Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội về việc treo cờ Tổ quốc năm 2021.\nn.txt:12:7 body: Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\nn.txt:14:7 body: Đề nghị các tổ dân phố đôn đốc thực hiện./."},
		{"THÔNG BÁO\n\nThông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô\n07/10/2021 | 17:11  | View Count: 100\n\n" + body,
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:3:1 subject: Thông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô\nn.txt:6:7 body: Ủy ban nhân dân phường Hàng Bài thông báo.\nn.txt:8:7 body: Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội về việc treo cờ Tổ quốc năm 2021.\nn.txt:10:7 body: Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\nn.txt:12:7 body: Đề nghị các tổ dân phố đôn đốc thực hiện./."},
		{"Thông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô.\n07/10/2021 | 17:11  | 08:00\n\n" + body,
			"n.txt:1:1 body: Thông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô.\nn.txt:2:1 cell: 07/10/2021\nn.txt:2:14 cell: 17:11\nn.txt:2:23 cell: 08:00\nn.txt:4:7 body: Ủy ban nhân dân phường Hàng Bài thông báo.\nn.txt:6:7 body: Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội về việc treo cờ Tổ quốc năm 2021.\nn.txt:8:7 body: Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\nn.txt:10:7 body: Đề nghị các tổ dân phố đôn đốc thực hiện./."},
		{"Thông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô\n07/10/2021 | 17:11  | View Count: 100\n\nỦy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021, chào mừng ngày lễ.\n\n" + body,
			"n.txt:1:1 page: Thông báo về việc treo cờ Tổ quốc, chào mừng 67 năm ngày Giải phóng Thủ đô\nn.txt:4:1 body: Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021, chào mừng ngày lễ.\nn.txt:6:7 body: Ủy ban nhân dân phường Hàng Bài thông báo.\nn.txt:8:7 body: Thực hiện Thông báo số 71/TB-UBND ngày 14/01/2021 của Ủy ban nhân dân thành phố Hà Nội về việc treo cờ Tổ quốc năm 2021.\nn.txt:10:7 body: Ủy ban nhân dân phường đề nghị các cơ quan, đơn vị, trường học và các hộ dân trên địa bàn phường treo cờ Tổ quốc từ ngày 9/10 đến hết ngày 11/10/2021.\nn.txt:12:7 body: Đề nghị các tổ dân phố đôn đốc thực hiện./."},
	}
	readCases(t, cases)
}

// TestSignerUnderBody reads "TM." and a body's name in ordinary case,
// served with no blank line under the body's last sentence, over a
// signer's title, as the signer's block; such a line over a sentence
// stays the body's.
func TestSignerUnderBody(t *testing.T) {
	const body = "Theo phong tục cổ truyền, xã tổ chức lễ hội truyền thống.\n\nNhân dịp này, kính đề nghị du khách thập phương về dự lễ hội chùa Pháp Vân.\n"
	cases := []readCase{
		{body + "TM. UBND xã Lạc Hồng\nChủ tịch\nĐỗ Xuân Hiền\n",
			"n.txt:1:1 body: Theo phong tục cổ truyền, xã tổ chức lễ hội truyền thống.\nn.txt:3:1 body: Nhân dịp này, kính đề nghị du khách thập phương về dự lễ hội chùa Pháp Vân.\nn.txt:4:1 signer: TM. UBND xã Lạc Hồng\nn.txt:5:1 signer: Chủ tịch\nn.txt:6:1 name: Đỗ Xuân Hiền"},
		{body + "TM. Ban tổ chức lễ hội\nđề nghị du khách giữ gìn trật tự, vệ sinh nơi thờ tự.\n",
			"n.txt:1:1 body: Theo phong tục cổ truyền, xã tổ chức lễ hội truyền thống.\nn.txt:3:1 body: Nhân dịp này, kính đề nghị du khách thập phương về dự lễ hội chùa Pháp Vân. TM. Ban tổ chức lễ hội đề nghị du khách giữ gìn trật tự, vệ sinh nơi thờ tự."},
	}
	readCases(t, cases)
}
