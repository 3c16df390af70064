package plain

import (
	"strings"
	"testing"
)

// TestPostTitleOverBody reads a sentence-case "Thông báo ..." line over a
// notice served with no header as the page's post title (the lead's
// ruling of round 66), with a banner's label above it, and leaves the
// look-alikes the ruling keeps the notice's: a line under a header, a
// line in capitals, a line closed by a full stop, a line over a trích
// yếu; and a clerk's draft saved as text, one paragraph a line with no
// page around it, keeps its first line.
func TestPostTitleOverBody(t *testing.T) {
	body := "Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\n\nTrung tâm thông báo lịch nghỉ lễ như sau./.\n"
	cases := []readCase{
		{"Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n\n" + body,
			"n.txt:1:1 page: Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:3:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:5:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"Site banner\n\nTB: nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n\n" + body,
			"n.txt:1:1 page: Site banner\nn.txt:3:1 page: TB: nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:5:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:7:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"Thông báo Về việc nghỉ lễ Giỗ Tổ Hùng Vương năm 2026.\n\n" + body,
			"n.txt:1:1 body: Thông báo Về việc nghỉ lễ Giỗ Tổ Hùng Vương năm 2026.\nn.txt:3:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:5:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"THÔNG BÁO VỀ VIỆC NGHỈ LỄ GIỖ TỔ HÙNG VƯƠNG NĂM 2026\n\n" + body,
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:1:11 subject: VỀ VIỆC NGHỈ LỄ GIỖ TỔ HÙNG VƯƠNG NĂM 2026\nn.txt:3:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:5:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"Thông báo\n\nVề việc nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n\n" + body,
			"n.txt:1:1 title: Thông báo\nn.txt:3:1 subject: Về việc nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:5:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:7:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"TRUNG TÂM VĂN HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/TB-TTVH\n\nThông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n\n" + body,
			"n.txt:1:1 header: TRUNG TÂM VĂN HÓA\nn.txt:3:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:5:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:7:1 header: Số: 12/TB-TTVH\nn.txt:9:1 body: Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:11:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:13:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n" + strings.ReplaceAll(body, "\n\n", "\n"),
			"n.txt:1:1 body: Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:2:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:3:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
		{"Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\n" + strings.ReplaceAll(body, "\n\n", "\n") + "Lượt xem: 353\n",
			"n.txt:1:1 page: Thông báo nghỉ lễ Giỗ Tổ Hùng Vương năm 2026\nn.txt:2:1 body: Căn cứ Thông báo số 15/TB-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân huyện;\nn.txt:3:1 body: Trung tâm thông báo lịch nghỉ lễ như sau./."},
	}
	readCases(t, cases)
}
