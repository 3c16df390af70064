package plain

import "testing"

// TestGroundsBreak: a ground closed by a comma is its own paragraph over
// the decision's verb, over the next ground and over a sentence of its
// own, and an item marked "–" is its own; across a page break a ground
// goes on with the next document it cites and with the main clause it
// leads to, and a line goes on with a dash not set apart as a mark.
func TestGroundsBreak(t *testing.T) {
	for _, c := range []struct {
		above, next string
		joined      bool
	}{
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ năm 2019,", "QUYẾT ĐỊNH:", false},
		{"Theo đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 16/TTr-SNN ngày 06 tháng 02 năm 2007,", "QUYẾT ĐỊNH:", false},
		{"Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013 và các văn bản hướng dẫn thi hành Luật Đất đai của Chính phủ và các bộ, ngành,", "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ;", false},
		{"Căn cứ Hướng dẫn số 122/HD-MTTW-BTT ngày 16/01/2019 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc lấy ý kiến sự hài lòng của người dân,", "Ủy ban nhân dân huyện đã ban hành Quyết định số 134/QĐ-UBND ngày 11/02/2020.", false},
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ năm 2019,", "Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ.", true},
		{"Căn cứ Quyết định số 589/QĐ-BVM-TCCB ngày 29/11/2017 của Bệnh viện Mắt về việc tổ chức lại các khoa khám bệnh theo yêu cầu kỹ thuật cao,", "Bệnh viện Mắt thông báo tạm ngưng khám bệnh từ ngày 01/12/2017.", true},
		{"Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 12/UBND-KT ngày 10 tháng 01 năm 2020 về việc triển khai kế hoạch năm 2020,", "Ủy ban nhân dân huyện đã ban hành Kế hoạch số 12/KH-UBND.", true},
		{"– Thường trực Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đồng chí lãnh đạo các ban, ngành,", "– Lãnh đạo các sở, ban, ngành và đoàn thể trong tỉnh,", false},
		{"– Thường trực Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đồng chí lãnh đạo các ban, ngành,", "–Lãnh đạo các sở, ban, ngành và đoàn thể trong tỉnh,", true},
	} {
		if got := brokenBefore(c.above, c.next); got != c.joined {
			t.Errorf("brokenBefore(%q, %q) = %v, want %v", c.above, c.next, got, c.joined)
		}
	}
}

// TestGroundAnew parts a Blank text's căn cứ lines that a copy left
// without blank lines between, each a ground closed by ";", from each
// other and from the statement under them ("Nay trường ... thông báo"),
// and keeps a ground whose ";" is followed by the next document it cites
// ("Luật ...") or by small letters whole.
func TestGroundAnew(t *testing.T) {
	cases := []readCase{
		{"Thời gian qua, trường đã thu các khoản thu.\n\nCăn cứ Công văn số 12/PGDĐT-KHTC ngày 10 tháng 8 năm 2018 của Phòng Giáo dục và Đào tạo huyện;\nCăn cứ Công văn số 934/BHXH-QLT ngày 25 tháng 7 năm 2018 của Bảo hiểm xã hội thành phố;\n          Nay trường thông báo các khoản thu đầu năm học như sau:\n",
			"n.txt:1:1 body: Thời gian qua, trường đã thu các khoản thu.\nn.txt:3:1 body: Căn cứ Công văn số 12/PGDĐT-KHTC ngày 10 tháng 8 năm 2018 của Phòng Giáo dục và Đào tạo huyện;\nn.txt:4:1 body: Căn cứ Công văn số 934/BHXH-QLT ngày 25 tháng 7 năm 2018 của Bảo hiểm xã hội thành phố;\nn.txt:5:11 body: Nay trường thông báo các khoản thu đầu năm học như sau:"},
		{"Thời gian qua, trường đã thu các khoản thu.\n\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nLuật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n",
			"n.txt:1:1 body: Thời gian qua, trường đã thu các khoản thu.\nn.txt:3:1 body: Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"},
		{"Thời gian qua, trường đã thu các khoản thu.\n\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nvà hướng dẫn của Sở Giáo dục và Đào tạo;\n",
			"n.txt:1:1 body: Thời gian qua, trường đã thu các khoản thu.\nn.txt:3:1 body: Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; và hướng dẫn của Sở Giáo dục và Đào tạo;"},
	}
	readCases(t, cases)
}
