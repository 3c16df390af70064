package plain

import "testing"

// TestSpelledStamp reads a post's stamp with its date in words after its
// weekday and a time ("Thứ Ba, ngày 5 tháng 5 năm 2020 - 16:33") as the
// page's, the post's title in capitals over it the page's too, and the
// line under it closed by a full stop the notice's own; the kind alone in
// capitals over such a stamp stays the tên loại, and a weekday's date in
// words with no time stays a line of the notice.
func TestSpelledStamp(t *testing.T) {
	cases := []readCase{
		{"THÔNG BÁO VIỆC TẠM DỪNG CÁC HOẠT ĐỘNG VUI CHƠI\nThứ Ba, ngày 5 tháng 5 năm 2020 - 16:33\nThông báo về việc tạm dừng các hoạt động vui chơi tại nhà văn hóa.\n\nBan Quản lý đề nghị các hộ tạm nghỉ hoạt động từ ngày 06 tháng 5 năm 2020./.\n",
			"n.txt:1:1 page: THÔNG BÁO VIỆC TẠM DỪNG CÁC HOẠT ĐỘNG VUI CHƠI\nn.txt:3:1 body: Thông báo về việc tạm dừng các hoạt động vui chơi tại nhà văn hóa.\nn.txt:5:1 body: Ban Quản lý đề nghị các hộ tạm nghỉ hoạt động từ ngày 06 tháng 5 năm 2020./."},
		{"THÔNG BÁO\nThứ Tư, ngày 13 tháng 9 năm 2017 - 13:20\nVề việc tạm nghỉ hoạt động dịch vụ vui chơi.\n\nBan Quản lý thông báo lịch tạm nghỉ./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:3:1 subject: Về việc tạm nghỉ hoạt động dịch vụ vui chơi.\nn.txt:5:1 body: Ban Quản lý thông báo lịch tạm nghỉ./."},
		{"Ban Quản lý thông báo lịch trực như sau.\n\nThứ Hai, ngày 4 tháng 5 năm 2020 - đồng chí Nguyễn Văn An.\n\nThứ Ba, ngày 5 tháng 5 năm 2020 - 16 giờ 30 họp giao ban.\n\nĐề nghị các đồng chí thực hiện./.\n",
			"n.txt:1:1 body: Ban Quản lý thông báo lịch trực như sau.\nn.txt:3:1 body: Thứ Hai, ngày 4 tháng 5 năm 2020 - đồng chí Nguyễn Văn An.\nn.txt:5:1 body: Thứ Ba, ngày 5 tháng 5 năm 2020 - 16 giờ 30 họp giao ban.\nn.txt:7:1 body: Đề nghị các đồng chí thực hiện./."},
	}
	readCases(t, cases)
}

// TestCountOverTitle blanks a post's view count on the page's first line
// ("23 Lượt xem") and reads the post's title over its stamp, the date with
// its year short ("25/08/22"), as the page's; a date so written further
// down stays the notice's.
func TestCountOverTitle(t *testing.T) {
	cases := []readCase{
		{"23 Lượt xem\n\nTHÔNG BÁO V/v tổ chức Ngày hội Văn hóa các dân tộc huyện năm 2022\n\n25/08/22\n\nThực hiện Kế hoạch số 2343/KH-UBND ngày 08/8/2022 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện thông báo tổ chức Ngày hội./.\n",
			"n.txt:3:1 page: THÔNG BÁO V/v tổ chức Ngày hội Văn hóa các dân tộc huyện năm 2022\nn.txt:7:1 body: Thực hiện Kế hoạch số 2343/KH-UBND ngày 08/8/2022 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện thông báo tổ chức Ngày hội./."},
		{"Ủy ban nhân dân huyện thông báo lịch họp như sau:\n\nCuộc họp thứ nhất.\n\nCuộc họp thứ hai.\n\n25/08/22\n\nĐề nghị các đơn vị dự họp đúng giờ./.\n",
			"n.txt:1:1 body: Ủy ban nhân dân huyện thông báo lịch họp như sau:\nn.txt:3:1 body: Cuộc họp thứ nhất.\nn.txt:5:1 body: Cuộc họp thứ hai.\nn.txt:7:1 body: 25/08/22\nn.txt:9:1 body: Đề nghị các đơn vị dự họp đúng giờ./."},
	}
	readCases(t, cases)
}

// TestPageUnderClosing reads the page's lines under a notice that ends
// "./." as the page's: a view count glued to the closing mark (cut off
// the line), a picker of posts by date with its fields' labels, a print
// link on the last line, the editors' note of the source; a notice's own
// count after a sentence and a last line that only opens so stay its own.
func TestPageUnderClosing(t *testing.T) {
	const body = "Ban Quản lý đề nghị các hộ dịch vụ tạm nghỉ hoạt động.\nThời gian tạm nghỉ từ ngày 26 tháng 3 năm 2020.\nCác hộ thu dọn đồ dùng trước ngày 25 tháng 3 năm 2020.\nĐịa điểm: Quảng trường.\nBan Quản lý trân trọng thông báo và đề nghị các hộ nghiêm túc thực hiện./."
	const read = "n.txt:1:1 body: Ban Quản lý đề nghị các hộ dịch vụ tạm nghỉ hoạt động.\nn.txt:2:1 body: Thời gian tạm nghỉ từ ngày 26 tháng 3 năm 2020.\nn.txt:3:1 body: Các hộ thu dọn đồ dùng trước ngày 25 tháng 3 năm 2020.\nn.txt:4:1 body: Địa điểm: Quảng trường.\nn.txt:5:1 body: Ban Quản lý trân trọng thông báo và đề nghị các hộ nghiêm túc thực hiện./."
	cases := []readCase{
		{body + "Lượt xem: 832 views\nXem tin theo ngày:     Tháng:    Năm:\n",
			read + "\nn.txt:6:1 page: Xem tin theo ngày:     Tháng:    Năm:"},
		{body + "\nBBT(Nguồn: 132/TB-UBND)\n",
			read + "\nn.txt:6:1 page: BBT(Nguồn: 132/TB-UBND)"},
		{body + "\nTRUNG TÂM BẢO TỒN DI TÍCH\nIn trang này\n",
			read + "\nn.txt:6:1 signer: TRUNG TÂM BẢO TỒN DI TÍCH\nn.txt:7:1 page: In trang này"},
		{"Trang tin điện tử của Trung tâm đã hoạt động từ tháng 5. Lượt xem: 832\n",
			"n.txt:1:1 body: Trang tin điện tử của Trung tâm đã hoạt động từ tháng 5. Lượt xem: 832"},
		{body + "\nIn trang này để dán tại bảng tin của tổ dân phố.\n",
			read + "\nn.txt:6:1 body: In trang này để dán tại bảng tin của tổ dân phố."},
	}
	readCases(t, cases)
}

// TestOfficeActTitle reads a post's title in sentence case naming an
// office and its act ("Trung tâm ... thông báo về việc ...") with no mark
// at its end, over a paragraph of the body that opens on its own, as the
// page's (the lead's ruling of round 66); a title that names no act, or a
// line over a line of the same paragraph, stays as read.
func TestOfficeActTitle(t *testing.T) {
	const para = "Hiện nay, tình hình dịch bệnh COVID-19 trên địa bàn tỉnh đang diễn biến phức tạp, khó lường, để phòng, chống sự lây lan, bảo đảm sức khỏe cho cộng đồng, Trung tâm tạm dừng phục vụ khai thác tài liệu trực tiếp tại phòng đọc từ ngày 01/6/2021."
	cases := []readCase{
		{"Trung tâm Lưu trữ lịch sử tỉnh thông báo về việc tạm dừng phục vụ khai thác tài liệu trực tiếp\n" + para + "\nVậy, Trung tâm thông báo đến các cơ quan, tổ chức, cá nhân được biết./.\n",
			"n.txt:1:1 page: Trung tâm Lưu trữ lịch sử tỉnh thông báo về việc tạm dừng phục vụ khai thác tài liệu trực tiếp\nn.txt:2:1 body: " + para + "\nn.txt:3:1 body: Vậy, Trung tâm thông báo đến các cơ quan, tổ chức, cá nhân được biết./."},
		{"Lịch thi học kỳ các lớp trung cấp năm 1\n" + para + "\n",
			"n.txt:1:1 body: Lịch thi học kỳ các lớp trung cấp năm 1\nn.txt:2:1 body: " + para},
		{"Trung tâm Lưu trữ lịch sử tỉnh thông báo về việc tạm dừng phục vụ khai thác tài liệu trực tiếp\nvì dịch bệnh COVID-19 diễn biến phức tạp, từ ngày 01/6/2021 đến khi có thông báo mới của Trung tâm và của Ủy ban nhân dân tỉnh.\n",
			"n.txt:1:1 body: Trung tâm Lưu trữ lịch sử tỉnh thông báo về việc tạm dừng phục vụ khai thác tài liệu trực tiếp vì dịch bệnh COVID-19 diễn biến phức tạp, từ ngày 01/6/2021 đến khi có thông báo mới của Trung tâm và của Ủy ban nhân dân tỉnh."},
	}
	readCases(t, cases)
}
