package plain

import "testing"

// TestPageTail reads a portal's sections under a post (its comments, the
// next post, the section's list of posts, a title over its date) and the
// post's author line over them as the page's, and leaves a notice's own
// dates in a list and a heading that only looks so.
func TestPageTail(t *testing.T) {
	cases := []readCase{
		{"Trung tâm thông báo lịch tập huấn như sau.\n\nNgày 20 tháng 11 năm 2026 tập huấn kỹ thuật.\n\nNgày 21 tháng 11 năm 2026 tham quan mô hình.\n\nNgày 22 tháng 11 năm 2026 tổng kết.\n\nĐăng ký chậm nhất ngày 30/9/2026./.\nNguyễn Văn AnTrung tâm Khuyến nông\n\n  Ý kiến bạn đọc\n\nTin khác một\n 07/07/2020\n",
			"n.txt:1:1 body: Trung tâm thông báo lịch tập huấn như sau.\nn.txt:3:1 body: Ngày 20 tháng 11 năm 2026 tập huấn kỹ thuật.\nn.txt:5:1 body: Ngày 21 tháng 11 năm 2026 tham quan mô hình.\nn.txt:7:1 body: Ngày 22 tháng 11 năm 2026 tổng kết.\nn.txt:9:1 body: Đăng ký chậm nhất ngày 30/9/2026./.\nn.txt:10:1 page: Nguyễn Văn AnTrung tâm Khuyến nông\nn.txt:12:3 page: Ý kiến bạn đọc\nn.txt:14:1 page: Tin khác một\nn.txt:15:2 page: 07/07/2020"},
		// a list of posts with no label: three titles over their dates
		{"Trung tâm thông báo./.\n\nBài một\n 01/02/2024\n\nBài hai\n 02/02/2024\n\nBài ba\n 03/02/2024\n",
			"n.txt:1:1 body: Trung tâm thông báo./.\nn.txt:3:1 page: Bài một\nn.txt:4:2 page: 01/02/2024\nn.txt:6:1 page: Bài hai\nn.txt:7:2 page: 02/02/2024\nn.txt:9:1 page: Bài ba\nn.txt:10:2 page: 03/02/2024"},
	}
	readCases(t, cases)
}

// TestPageCaption cuts a post's view count, date and photo caption run
// into its first line up to the lead glued to the caption, and leaves the
// line whole when no glued word tells where the caption ends.
func TestPageCaption(t *testing.T) {
	cases := []readCase{
		{"Tin bài\n  2640 28/02/2022Ảnh: Máy bay phun thuốc BVTV trên cây lúaTrung tâm thông báo lịch gieo sạ./.\n",
			"n.txt:1:1 body: Tin bài\nn.txt:2:59 body: Trung tâm thông báo lịch gieo sạ./."},
		{"Tin bài\n  265 23/08/2024Ảnh. Gian hàng tại AgroViet 2023Căn cứ Kế hoạch của Trung tâm./.\n",
			"n.txt:1:1 body: Tin bài\nn.txt:2:49 body: Căn cứ Kế hoạch của Trung tâm./."},
		{"Tin bài\n  265 23/08/2024Ảnh. Gian hàng của tỉnh tại hội chợ./.\n",
			"n.txt:1:1 body: Tin bài\nn.txt:2:3 body: 265 23/08/2024Ảnh. Gian hàng của tỉnh tại hội chợ./."},
	}
	readCases(t, cases)
}

// TestCommentForm reads a theme's comment form under a post ("LEAVE A
// REPLY", "Để lại bình luận") and the file's name of a copy just above it
// as the page's, and leaves a line of the notice's own ending in "(1)"
// further up as the notice's; an embedded player's loading text is
// dropped.
func TestCommentForm(t *testing.T) {
	const lead = "Ủy ban nhân dân phường đề nghị các tổ dân phố tuyên truyền cuộc thi.\n\nCác tổ tuyên truyền đến hộ gia đình.\n\nHạn nộp bài đến hết ngày 31/5/2023.\n\n"
	const read = "n.txt:1:1 body: Ủy ban nhân dân phường đề nghị các tổ dân phố tuyên truyền cuộc thi.\nn.txt:3:1 body: Các tổ tuyên truyền đến hộ gia đình.\nn.txt:5:1 body: Hạn nộp bài đến hết ngày 31/5/2023.\n"
	cases := []readCase{
		{lead + "(Gửi kèm Kế hoạch số 132/KH-SVHTTDL).\n\nKH TC CUỘC THI (1) (1)\n\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n",
			read + "n.txt:7:1 body: (Gửi kèm Kế hoạch số 132/KH-SVHTTDL).\nn.txt:9:1 page: KH TC CUỘC THI (1) (1)\nn.txt:11:1 page: LEAVE A REPLY\nn.txt:13:1 page: Please enter your comment!\nn.txt:14:1 page: Please enter your name here"},
		{lead + "Mẫu bài dự thi theo Phụ lục (1)\n\nNộp tại Văn phòng.\n\nĐể lại bình luận\n",
			read + "n.txt:7:1 body: Mẫu bài dự thi theo Phụ lục (1)\nn.txt:9:1 body: Nộp tại Văn phòng.\nn.txt:11:1 page: Để lại bình luận"},
		{lead + "Nộp tại Văn phòng./.\n\nHIỆU TRƯỞNG\n\nĐỗ Thị Hai\n\nChưa có lời bình nào. Bắt đầu\n",
			read + "n.txt:7:1 body: Nộp tại Văn phòng./.\nn.txt:9:1 signer: HIỆU TRƯỞNG\nn.txt:11:1 name: Đỗ Thị Hai\nn.txt:13:1 page: Chưa có lời bình nào. Bắt đầu"},
		{lead + "Chưa có bình luận nào. Nộp tại Văn phòng.\n",
			read + "n.txt:7:1 body: Chưa có bình luận nào. Nộp tại Văn phòng."},
		{"Hội đề nghị các chi hội gửi tác phẩm trước ngày 30/9/2017.\n\n. . . . .\nLoading the player...\n",
			"n.txt:1:1 body: Hội đề nghị các chi hội gửi tác phẩm trước ngày 30/9/2017."},
	}
	readCases(t, cases)
}
