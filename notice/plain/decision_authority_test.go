package plain

import "testing"

// TestDecisionAuthority parts a Quyết định's trích yếu in capitals from
// the authority line under it ("HỘI ĐỒNG THÀNH VIÊN", "ỦY BAN NHÂN DÂN
// TỈNH ..."), and keeps a trích yếu whose line ends in a word that wants
// more ("CỦA") going on with the body's name on the next line.
func TestDecisionAuthority(t *testing.T) {
	const top = "Số: 47/QĐ-HĐTV\nHà Nội, ngày 05 tháng 6 năm 2026\nQUYẾT ĐỊNH\n"
	const head = "n.txt:1:1 header: Số: 47/QĐ-HĐTV\nn.txt:2:1 header: Hà Nội, ngày 05 tháng 6 năm 2026\nn.txt:3:1 title: QUYẾT ĐỊNH\n"
	cases := []readCase{
		{top + "VỀ VIỆC BAN HÀNH QUY CHẾ GIAO DỊCH\nHỘI ĐỒNG THÀNH VIÊN\nSỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM\nCăn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n",
			head + "n.txt:4:1 subject: VỀ VIỆC BAN HÀNH QUY CHẾ GIAO DỊCH\nn.txt:5:1 body: HỘI ĐỒNG THÀNH VIÊN\nn.txt:6:1 body: SỞ GIAO DỊCH CHỨNG KHOÁN VIỆT NAM\nn.txt:7:1 body: Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;"},
		{top + "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nHỘI ĐỒNG THÀNH VIÊN\nCăn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n",
			head + "n.txt:4:1 subject: VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA HỘI ĐỒNG THÀNH VIÊN\nn.txt:6:1 body: Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;"},
	}
	readCases(t, cases)
}
