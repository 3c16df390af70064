package plain

import "testing"

// TestPagePostHead reads the lines above a site's font-size control or
// its heading of a post's view (a poll, a visit counter, the post's
// title, a banner) as the page's, and the body under it as the notice's.
func TestPagePostHead(t *testing.T) {
	cases := []readCase{
		{"Bình chọn\n\n0 người đã tham gia bình chọn\n\nThông báo về việc hoãn lễ hội\n\nXem với cỡ chữ : A- A A+\nUBND huyện thông báo hoãn lễ hội đua thuyền năm 2019.\n\nUBND huyện thông báo để các cơ quan biết./.\n",
			"n.txt:1:1 page: Bình chọn\nn.txt:3:1 page: 0 người đã tham gia bình chọn\nn.txt:5:1 page: Thông báo về việc hoãn lễ hội\nn.txt:8:1 body: UBND huyện thông báo hoãn lễ hội đua thuyền năm 2019.\nn.txt:10:1 body: UBND huyện thông báo để các cơ quan biết./."},
		{"TÍCH CỰC HƯỞNG ỨNG CUỘC THI TÌM HIỂU PHÁP LUẬT\n\nChi tiết tin\n\nV/v Di dời trụ sở làm việc\n30/08/2022\n\nKể từ ngày 27 tháng 8 năm 2022, trụ sở làm việc chuyển đến địa điểm mới.\n\nỦy ban nhân dân huyện thông báo để các cá nhân, tổ chức biết./.\n",
			"n.txt:1:1 page: TÍCH CỰC HƯỞNG ỨNG CUỘC THI TÌM HIỂU PHÁP LUẬT\nn.txt:3:1 page: Chi tiết tin\nn.txt:5:1 page: V/v Di dời trụ sở làm việc\nn.txt:8:1 body: Kể từ ngày 27 tháng 8 năm 2022, trụ sở làm việc chuyển đến địa điểm mới.\nn.txt:10:1 body: Ủy ban nhân dân huyện thông báo để các cá nhân, tổ chức biết./."},
		// A notice's header above the control, in the older style of
		// tone marks ("UỶ", "HOÀ"), keeps the lines above it the notice's.
		{"UỶ BAN NHÂN DÂN XÃ AN HÒA\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nXem với cỡ chữ : A- A A+\nUBND xã thông báo hoãn lễ hội đua thuyền năm 2019./.\n",
			"n.txt:1:1 header: UỶ BAN NHÂN DÂN XÃ AN HÒA\nn.txt:2:1 header: CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:6:1 body: UBND xã thông báo hoãn lễ hội đua thuyền năm 2019./."},
	}
	readCases(t, cases)
}

// TestPageRepeatedPost reads a page's second print of the whole post as
// the page's, and leaves a notice whose short lines (a table's cells)
// repeat as the notice's.
func TestPageRepeatedPost(t *testing.T) {
	post := "Thực hiện Công điện số 03/CĐ-UBND ngày 28/01/2021 của Chủ tịch Ủy ban nhân dân tỉnh về các biện pháp phòng, chống dịch, Thường trực tạm dừng tiếp công dân.\n\nThời gian tiếp công dân lần tiếp theo sẽ có thông báo sau và được đăng trên trang thông tin điện tử của thành phố.\n\nVăn phòng trân trọng thông báo để các tổ chức, cá nhân được biết và thực hiện.\n"
	cases := []readCase{
		{"Thành phố thông báo tạm dừng tiếp công dân định kỳ tháng 02 năm 2021\n\n" + post + "\nThành phố thông báo tạm dừng tiếp công dân định kỳ tháng 02 năm 2021\n\nĐăng lúc: 17/02/2021 00:00:00 (GMT+7)\n\n" + post,
			"n.txt:1:1 page: Thành phố thông báo tạm dừng tiếp công dân định kỳ tháng 02 năm 2021\nn.txt:3:1 body: Thực hiện Công điện số 03/CĐ-UBND ngày 28/01/2021 của Chủ tịch Ủy ban nhân dân tỉnh về các biện pháp phòng, chống dịch, Thường trực tạm dừng tiếp công dân.\nn.txt:5:1 body: Thời gian tiếp công dân lần tiếp theo sẽ có thông báo sau và được đăng trên trang thông tin điện tử của thành phố.\nn.txt:7:1 body: Văn phòng trân trọng thông báo để các tổ chức, cá nhân được biết và thực hiện.\nn.txt:9:1 page: Thành phố thông báo tạm dừng tiếp công dân định kỳ tháng 02 năm 2021\nn.txt:11:1 page: Đăng lúc: 17/02/2021 00:00:00 (GMT+7)\nn.txt:13:1 page: Thực hiện Công điện số 03/CĐ-UBND ngày 28/01/2021 của Chủ tịch Ủy ban nhân dân tỉnh về các biện pháp phòng, chống dịch, Thường trực tạm dừng tiếp công dân.\nn.txt:15:1 page: Thời gian tiếp công dân lần tiếp theo sẽ có thông báo sau và được đăng trên trang thông tin điện tử của thành phố.\nn.txt:17:1 page: Văn phòng trân trọng thông báo để các tổ chức, cá nhân được biết và thực hiện."},
		{"Danh sách đơn vị bầu cử như sau:\n\n1\n\nSố 1\n\n4\n\n2\n\nSố 2\n\n4\n\nỦy ban thông báo để cử tri biết./.\n",
			"n.txt:1:1 body: Danh sách đơn vị bầu cử như sau:\nn.txt:3:1 body: 1\nn.txt:5:1 body: Số 1\nn.txt:7:1 body: 4\nn.txt:9:1 body: 2\nn.txt:11:1 body: Số 2\nn.txt:13:1 body: 4\nn.txt:15:1 body: Ủy ban thông báo để cử tri biết./."},
	}
	readCases(t, cases)
}

// TestPageBylineTail reads a post's byline and view count over the
// site's date picker, and its rating widget, as the page's.
func TestPageBylineTail(t *testing.T) {
	cases := []readCase{
		{"Ban Quản lý thông báo lịch tạm nghỉ như sau.\n\nThời gian: từ ngày 27/9 đến hết ngày 05/10/2017.\n\nĐịa điểm: tại Quảng trường.\n\nNội dung: tạm nghỉ các dịch vụ vui chơi.\n\nBan Quản lý trân trọng thông báo để xử lý./.\n\nTin: PNLượt xem: 541 views\nXem tin theo ngày:   \n",
			"n.txt:1:1 body: Ban Quản lý thông báo lịch tạm nghỉ như sau.\nn.txt:3:1 body: Thời gian: từ ngày 27/9 đến hết ngày 05/10/2017.\nn.txt:5:1 body: Địa điểm: tại Quảng trường.\nn.txt:7:1 body: Nội dung: tạm nghỉ các dịch vụ vui chơi.\nn.txt:9:1 body: Ban Quản lý trân trọng thông báo để xử lý./.\nn.txt:11:1 page: Tin: PNLượt xem: 541 views\nn.txt:12:1 page: Xem tin theo ngày:"},
	}
	readCases(t, cases)
}
