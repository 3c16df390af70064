package plain

import "testing"

// TestBrokenCells reads a legal library's header, its cells parted by
// lines of "|" and first words broken off by its fixed width ("Số:" over
// the number, "Phan" over "Rang ngày ...", "Kính" over "gửi:"), and a
// tên loại of two types joined by "VÀ"; a text with no "|" lines keeps a
// word alone on its line.
func TestBrokenCells(t *testing.T) {
	cases := []readCase{
		{"SỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n1228/THPT\n|\nPhan\nRang ngày 12 tháng 11 năm 2003\n|\nQUY ĐỊNH VÀ HƯỚNG DẪN\nVỀ VIỆC CHUYỂN TRƯỜNG\nKính\ngửi:\n|\n- Hiệu trưởng các trường.\n|\nSở hướng dẫn như sau.\n",
			"n.txt:1:1 header: SỞ GIÁO DỤC VÀ ĐÀO TẠO\nn.txt:3:1 header: |\nn.txt:4:1 header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nn.txt:6:1 header: Độc lập - Tự do - Hạnh phúc\nn.txt:7:1 header: |\nn.txt:8:1 header: Số: 1228/THPT\nn.txt:10:1 header: |\nn.txt:11:1 header: Phan Rang ngày 12 tháng 11 năm 2003\nn.txt:13:1 header: |\nn.txt:14:1 title: QUY ĐỊNH VÀ HƯỚNG DẪN\nn.txt:15:1 subject: VỀ VIỆC CHUYỂN TRƯỜNG\nn.txt:16:1 addressee: Kính gửi: - Hiệu trưởng các trường.\nn.txt:21:1 body: Sở hướng dẫn như sau."},
		{"Số:\n1228\n\nNhà trường thông báo./.\n",
			"n.txt:1:1 header: Số:\nn.txt:2:1 body: 1228\nn.txt:4:1 body: Nhà trường thông báo./."},
	}
	readCases(t, cases)
}
