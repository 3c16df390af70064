package plain

import "testing"

func TestPostFurniture(t *testing.T) {
	cases := []readCase{
		// an account row, the section's name, the post's title, a lead that reports the notice, a credit and a stamp row
		{"Đăng nhập\nTIN TỨC CHUNG\n\nThông báo lịch tiếp công dân tháng 5 năm 2024 của huyện\n\nNgày 02/5/2024, UBND huyện ban hành Thông báo số 12/TB-UBND v/v lịch tiếp công dân tháng 5 năm 2024 của huyện.\n\nỦy ban nhân dân huyện thông báo lịch tiếp công dân.\n\nVăn phòng HĐND và UBND huyện\n\nĐăng bởi : Quản trị viên Ngày đăng : 02/05/2024 Lượt xem : 35\n",
			"n.txt:1:1 page: Đăng nhập\nn.txt:2:1 page: TIN TỨC CHUNG\nn.txt:4:1 page: Thông báo lịch tiếp công dân tháng 5 năm 2024 của huyện\nn.txt:6:1 page: Ngày 02/5/2024, UBND huyện ban hành Thông báo số 12/TB-UBND v/v lịch tiếp công dân tháng 5 năm 2024 của huyện.\nn.txt:8:1 body: Ủy ban nhân dân huyện thông báo lịch tiếp công dân.\nn.txt:10:1 page: Văn phòng HĐND và UBND huyện\nn.txt:12:1 page: Đăng bởi : Quản trị viên Ngày đăng : 02/05/2024 Lượt xem : 35"},
		// the post's title twice with the section's name between, the post's date under
		{"Kế hoạch tiêm chủng mở rộng năm 2024 trên địa bàn xã\n\nY Tế - Sức Khỏe\n\nKế hoạch tiêm chủng mở rộng năm 2024 trên địa bàn xã\n\n15/08/2024\n\nỦy ban nhân dân xã thông báo lịch tiêm chủng.\n",
			"n.txt:1:1 page: Kế hoạch tiêm chủng mở rộng năm 2024 trên địa bàn xã\nn.txt:3:1 page: Y Tế - Sức Khỏe\nn.txt:5:1 page: Kế hoạch tiêm chủng mở rộng năm 2024 trên địa bàn xã\nn.txt:7:1 page: 15/08/2024\nn.txt:9:1 body: Ủy ban nhân dân xã thông báo lịch tiêm chủng."},
		// the post's title (the page's by the lead's ruling of round 66), a stamp with counts, a rating widget and the author over it
		{"Thông báo về việc treo cờ\n\nThứ sáu - 29/12/2023 08:10 295 0\n\nỦy ban nhân dân phường thông báo treo cờ./.\n\nTác giả bài viết: Long Sơn\n\nTổng số điểm của bài viết là: 5 trong 1 đánh giá\n\nXếp hạng: 5 - 1 phiếu bầu\nClick để đánh giá bài viết\n\n  Ý kiến b\n",
			"n.txt:1:1 page: Thông báo về việc treo cờ\nn.txt:3:1 page: Thứ sáu - 29/12/2023 08:10 295 0\nn.txt:5:1 body: Ủy ban nhân dân phường thông báo treo cờ./.\nn.txt:7:1 page: Tác giả bài viết: Long Sơn\nn.txt:9:1 page: Tổng số điểm của bài viết là: 5 trong 1 đánh giá\nn.txt:11:1 page: Xếp hạng: 5 - 1 phiếu bầu\nn.txt:12:1 page: Click để đánh giá bài viết\nn.txt:14:3 page: Ý kiến b"},
		// an office's own opening that tells a superior's document, no title above: the notice's
		{"Ngày 20/6/2024, Bộ trưởng Bộ Tư pháp ban hành Quyết định số 1143/QĐ-BTP về việc ban hành Kế hoạch.\n\nĐể triển khai Quyết định, Sở đề nghị các đơn vị thực hiện./.\n",
			"n.txt:1:1 body: Ngày 20/6/2024, Bộ trưởng Bộ Tư pháp ban hành Quyết định số 1143/QĐ-BTP về việc ban hành Kế hoạch.\nn.txt:3:1 body: Để triển khai Quyết định, Sở đề nghị các đơn vị thực hiện./."},
	}
	readCases(t, cases)
}
