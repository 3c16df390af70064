package plain

import "testing"

func TestPageLines(t *testing.T) {
	cases := []readCase{
		// a post's title and time over the header: the header is read
		{"Thông báo phòng, chống bão\n\n16/11/2008 - 21:24\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Tre, ngày 16 tháng 11 năm 2008\n\nKính gửi: Sở Giáo dục và Đào tạo.\n\nỦy ban nhân dân tỉnh đề nghị cho học sinh nghỉ học./.\n",
			"n.txt:1:1 page: Thông báo phòng, chống bão\nn.txt:5:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:6:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:7:1 header: Bến Tre, ngày 16 tháng 11 năm 2008\nn.txt:9:1 addressee: Kính gửi: Sở Giáo dục và Đào tạo.\nn.txt:11:1 body: Ủy ban nhân dân tỉnh đề nghị cho học sinh nghỉ học./."},
		// a title in capitals over the post's time is the post's, and the
		// lead the body repeats is the portal's
		{"THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\n(10/01/2023 14:27:39)\nỦy ban nhân dân Phường 9 thông báo đến tất cả cán bộ về thời gian treo cờ\nỦy ban nhân dân Phường 9 thông báo đến tất cả cán bộ về thời gian treo cờ như sau:\nTreo cờ từ ngày 19/01/2023./.\n",
			"n.txt:1:1 page: THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\nn.txt:3:1 page: Ủy ban nhân dân Phường 9 thông báo đến tất cả cán bộ về thời gian treo cờ\nn.txt:4:1 body: Ủy ban nhân dân Phường 9 thông báo đến tất cả cán bộ về thời gian treo cờ như sau:\nn.txt:5:1 body: Treo cờ từ ngày 19/01/2023./."},
		// a title in capitals with no stamp under it is the notice's heading
		{"THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\nTreo cờ từ ngày 19/01/2023./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:1:11 subject: VỀ VIỆC TREO CỜ TỔ QUỐC\nn.txt:2:1 body: Treo cờ từ ngày 19/01/2023./."},
		// a paper's tag is cut, its stamp dropped, "Tài liệu đính kèm:" last dropped
		{"Công ty thông báo.\nCập nhật ngày: 15/07/2021 - 20:38\nBTNO - Về việc cắt nước vụ Hè thu\nCông ty thông báo cắt nước từ ngày 31/7/2021./.\nTài liệu đính kèm:\n",
			"n.txt:1:1 page: Công ty thông báo.\nn.txt:3:8 body: Về việc cắt nước vụ Hè thu\nn.txt:4:1 body: Công ty thông báo cắt nước từ ngày 31/7/2021./."},
		// an issuer in small letters above the Quốc hiệu, over a place and
		// date and a tên loại, stays the header's
		{"Ủy ban nhân dân xã Tân An\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân An, ngày 10 tháng 3 năm 2025\nTHÔNG BÁO\nVề việc treo cờ\n",
			"n.txt:1:1 header: Ủy ban nhân dân xã Tân An\nn.txt:2:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:3:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:4:1 header: Tân An, ngày 10 tháng 3 năm 2025\nn.txt:5:1 title: THÔNG BÁO\nn.txt:6:1 subject: Về việc treo cờ"},
		// a site's name in small letters over a post's title opening with
		// a kind in small letters, above the header, are the page's
		{"Trường Mẫu giáo Tân An\n\nThông báo về việc cho trẻ nghỉ học do dịch covid-19\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG MG TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 44/TB-MGTA\nTân An, ngày 10 tháng 3 năm 2025\nTHÔNG BÁO\nVề việc cho trẻ tiếp tục nghỉ học\n",
			"n.txt:1:1 page: Trường Mẫu giáo Tân An\nn.txt:3:1 page: Thông báo về việc cho trẻ nghỉ học do dịch covid-19\nn.txt:5:1 header: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nn.txt:6:1 header: TRƯỜNG MG TÂN AN\nn.txt:7:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:8:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:9:1 header: Số: 44/TB-MGTA\nn.txt:10:1 header: Tân An, ngày 10 tháng 3 năm 2025\nn.txt:11:1 title: THÔNG BÁO\nn.txt:12:1 subject: Về việc cho trẻ tiếp tục nghỉ học"},
		// a heading's Roman numeral is no paper's tag
		{"II - Nội dung thực hiện\nCác đơn vị thực hiện./.\n",
			"n.txt:1:1 body: II - Nội dung thực hiện\nn.txt:2:1 body: Các đơn vị thực hiện./."},
		// a trích yếu a body repeats is no lead
		{"THÔNG BÁO\nVề việc tổ chức lấy ý kiến về kế hoạch sử dụng đất năm 2025\nVề việc tổ chức lấy ý kiến về kế hoạch sử dụng đất năm 2025 của huyện, Ủy ban nhân dân huyện thông báo./.\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: Về việc tổ chức lấy ý kiến về kế hoạch sử dụng đất năm 2025\nn.txt:3:1 body: Về việc tổ chức lấy ý kiến về kế hoạch sử dụng đất năm 2025 của huyện, Ủy ban nhân dân huyện thông báo./."},
		{"HĐND - UBND XÃ TÂN AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
			"n.txt:1:1 header: HĐND - UBND XÃ TÂN AN\nn.txt:2:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		// the Kính gửi's names past a page's cell marks; points lettered "a."
		// and Word's bullets turned into "v" start lines of their own
		{"V/v cắt nước\nKính gửi:\n|\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Các xã.\n|\n1. Hệ thống tưới:\na. Cắt nước ngày 31/7/2021:\nv Trước tết:\n- Thi lại.\n",
			"n.txt:1:1 subject: V/v cắt nước\nn.txt:2:1 addressee: Kính gửi: - Sở Nông nghiệp và Phát triển nông thôn; - Các xã.\nn.txt:7:1 body: 1. Hệ thống tưới:\nn.txt:8:1 body: a. Cắt nước ngày 31/7/2021:\nn.txt:9:1 body: v Trước tết:\nn.txt:10:1 body: - Thi lại."},
	}
	readCases(t, cases)
}

// TestPageLinesRound30 reads a portal's greeting, a stamp with seconds and
// SA/CH or a time zone, the labels of its reading tools and its table of
// attached files as the page's, and a draft's mark before a tên loại as
// no part of it; the lines of a notice that only look so stay its own.
func TestPageLinesRound30(t *testing.T) {
	cases := []readCase{
		// a title over a stamp with seconds and CH, the reading tools' labels,
		// the table of attached files at the end
		{"Cách ly tập trung 21 ngày (Thông báo 94 của BCĐ tỉnh)\n22/06/2021 5:28:52 CH\nXem cỡ chữ:\nĐọc bài viết:\nBan Chỉ đạo thông báo cách ly tập trung 21 ngày.\nTập tin đính kèm\nSTT Tên tập tin Tải về\n1 Thông báo 94 ()\n",
			"n.txt:1:1 page: Cách ly tập trung 21 ngày (Thông báo 94 của BCĐ tỉnh)\nn.txt:5:1 body: Ban Chỉ đạo thông báo cách ly tập trung 21 ngày."},
		// a site's greeting, the post's title over its stamp with a time zone,
		// the draft's mark before the tên loại
		{"Chào mừng bạn đến với Trang thông tin điện tử Phường Long Anh - TP.Thanh Hóa\n\nTHÔNG BÁO Về việc niêm yết công khai\n\nĐăng lúc: 17:00:00 02/01/2024 (GMT+7)\n\nỦY BAN NHÂN DÂN\nPHƯỜNG LONG ANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:      /BC-UBND\nLong Anh, ngày       tháng 01 năm 2024\n     DỰ THẢO BÁO CÁO\nĐánh giá kết quả tiếp cận pháp luật năm 2023\n\nỦy ban nhân dân phường báo cáo như sau:\n",
			"n.txt:1:1 page: Chào mừng bạn đến với Trang thông tin điện tử Phường Long Anh - TP.Thanh Hóa\nn.txt:3:1 page: THÔNG BÁO Về việc niêm yết công khai\nn.txt:7:1 header: ỦY BAN NHÂN DÂN\nn.txt:8:1 header: PHƯỜNG LONG ANH\nn.txt:9:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:10:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:11:1 header: Số:      /BC-UBND\nn.txt:12:1 header: Long Anh, ngày       tháng 01 năm 2024\nn.txt:13:14 title: BÁO CÁO\nn.txt:14:1 subject: Đánh giá kết quả tiếp cận pháp luật năm 2023\nn.txt:16:1 body: Ủy ban nhân dân phường báo cáo như sau:"},
		// a title in capitals over the post's view count is the post's
		{"ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\nLượt xem: 14\n\nI. CHỦ TRƯƠNG SẮP XẾP\n\nCăn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025;\n",
			"n.txt:1:1 page: ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ\nn.txt:4:1 body: I. CHỦ TRƯƠNG SẮP XẾP\nn.txt:6:1 body: Căn cứ Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025;"},
		// a post's title over a header's columns set side by side is the
		// post's; an issuer's name in small letters over them stays the header's
		{"Thông báo nghỉ Lễ giổ tổ Hùng Vương, 30/4 và 01/5/2018\n\nSỞ Y TẾ BẾN TRE               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBỆNH VIỆN NGUYỄN ĐÌNH CHIỂU               Độc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n",
			"n.txt:1:1 page: Thông báo nghỉ Lễ giổ tổ Hùng Vương, 30/4 và 01/5/2018\nn.txt:3:1 header: SỞ Y TẾ BẾN TRE\nn.txt:3:31 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:5:1 header: BỆNH VIỆN NGUYỄN ĐÌNH CHIỂU\nn.txt:5:43 header: Độc lập - Tự do - Hạnh phúc\nn.txt:7:1 title: THÔNG BÁO"},
		{"Bệnh viện Nguyễn Đình Chiểu\n\nSỞ Y TẾ BẾN TRE               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÔNG BÁO\n",
			"n.txt:1:1 header: Bệnh viện Nguyễn Đình Chiểu\nn.txt:3:1 header: SỞ Y TẾ BẾN TRE\nn.txt:3:31 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:5:1 title: THÔNG BÁO"},
		// a greeting inside the body, a numbered list at the end with no head
		// row under its label, and "DỰ THẢO" before no tên loại stay the notice's
		{"THÔNG BÁO\nDỰ THẢO QUY CHẾ MỚI\n\nChào mừng bạn đến với Trang thông tin điện tử của Trường.\n\nTài liệu đính kèm\n\n1 Quy chế thi đua\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:2:1 subject: DỰ THẢO QUY CHẾ MỚI\nn.txt:4:1 body: Chào mừng bạn đến với Trang thông tin điện tử của Trường.\nn.txt:6:1 body: Tài liệu đính kèm\nn.txt:8:1 body: 1 Quy chế thi đua"},
	}
	readCases(t, cases)
}

// TestPageLinesRound31 reads a site's greeting to its "website", the login
// notes and the trail to the post above a header whose columns a line the
// page joins by spaces as the page's; a line with one ">" and a trail
// under the header stay the notice's.
func TestPageLinesRound31(t *testing.T) {
	cases := []readCase{
		{"Chào mừng quý vị đến với website của ...\n\nQuý vị chưa đăng nhập, vì vậy chưa thể tải được tài liệu.\nNếu đã đăng ký rồi, quý vị có thể đăng nhập ở phía bên trái.\nGốc > Bài viết > Văn bản ngành >\n\nCông văn 278 về việc hướng dẫn nhiệm vụ năm học 2014-2015\n\n UBND HUYỆN THANH CHƯƠNG           CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc\n\nKính gửi: Các trường.\n",
			"n.txt:1:1 page: Chào mừng quý vị đến với website của ...\nn.txt:3:1 page: Quý vị chưa đăng nhập, vì vậy chưa thể tải được tài liệu.\nn.txt:4:1 page: Nếu đã đăng ký rồi, quý vị có thể đăng nhập ở phía bên trái.\nn.txt:5:1 page: Gốc > Bài viết > Văn bản ngành >\nn.txt:7:1 page: Công văn 278 về việc hướng dẫn nhiệm vụ năm học 2014-2015\nn.txt:9:2 header: UBND HUYỆN THANH CHƯƠNG\nn.txt:9:36 header: CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:11:1 header: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nn.txt:11:50 header: Độc lập - Tự do - Hạnh phúc\nn.txt:13:1 addressee: Kính gửi: Các trường."},
		{"Điểm thi > 5 điểm được xét tuyển\n\nNhà trường thông báo: Trang chủ > Tuyển sinh > Thông báo là nơi đăng lịch thi.\n",
			"n.txt:1:1 body: Điểm thi > 5 điểm được xét tuyển\nn.txt:3:1 body: Nhà trường thông báo: Trang chủ > Tuyển sinh > Thông báo là nơi đăng lịch thi."},
	}
	readCases(t, cases)
}

// TestStampedTitle reads a post's title with its update stamp run on, the
// portal's furniture above it, the lead under it the notice repeats and a
// picture's caption under its file name as the page's; a notice's line
// with "cập nhật" and a date but no clock, and a paragraph after a
// picture that ends as a sentence, stay the notice's.
func TestStampedTitle(t *testing.T) {
	cases := []readCase{
		{"Xã An Phú : noi-dung-tin Xã An Phú\n\nLiên kết\n\nWebsite trong Tỉnh\n\nNội dung\n\nTHÔNG BÁO Về việc treo cờ Tổ quốc Cập nhật24-07-2024 10:46\nTHÔNG BÁO Về việc treo cờ Tổ quốc\n\nỦy ban nhân dân xã thông báo treo cờ./.\n",
			"n.txt:1:1 page: Xã An Phú : noi-dung-tin Xã An Phú\nn.txt:3:1 page: Liên kết\nn.txt:5:1 page: Website trong Tỉnh\nn.txt:7:1 page: Nội dung\nn.txt:9:1 page: THÔNG BÁO Về việc treo cờ Tổ quốc Cập nhật24-07-2024 10:46\nn.txt:10:1 title: THÔNG BÁO\nn.txt:10:11 subject: Về việc treo cờ Tổ quốc\nn.txt:12:1 body: Ủy ban nhân dân xã thông báo treo cờ./."},
		{"Thông báo nghỉ tết Cập nhật05-02-2021 09:29\nCác hộ dân treo cờ Tổ quốc từ ngày 07/02/2021.\n\nỦy ban nhân dân xã thông báo nghỉ Tết.\n\nCác hộ dân treo cờ Tổ quốc từ ngày 07/02/2021.\n\nanh-1.jpg\nTreo cờ tết\n\nGiao các trưởng ấp hướng dẫn./.\n",
			"n.txt:1:1 page: Thông báo nghỉ tết Cập nhật05-02-2021 09:29\nn.txt:2:1 page: Các hộ dân treo cờ Tổ quốc từ ngày 07/02/2021.\nn.txt:4:1 body: Ủy ban nhân dân xã thông báo nghỉ Tết.\nn.txt:6:1 body: Các hộ dân treo cờ Tổ quốc từ ngày 07/02/2021.\nn.txt:9:1 page: Treo cờ tết\nn.txt:11:1 body: Giao các trưởng ấp hướng dẫn./."},
		{"Danh sách hộ nghèo được cập nhật 05/02/2021\n\nanh-1.jpg\nCác hộ dân treo cờ Tổ quốc.\n",
			"n.txt:1:1 body: Danh sách hộ nghèo được cập nhật 05/02/2021\nn.txt:4:1 body: Các hộ dân treo cờ Tổ quốc."},
	}
	readCases(t, cases)
}
