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
