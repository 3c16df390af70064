package plain

import (
	"strings"
	"testing"
)

// TestTitleEcho leaves out the page's lines above a tên loại that repeat
// the trích yếu just under it, reads a heading in capitals that the next
// line repeats in small letters as a line of the post, and keeps header
// lines and headings no line repeats as they were read.
func TestTitleEcho(t *testing.T) {
	cases := []readCase{
		{"THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC DỊP LỄ QUỐC KHÁNH\n\nUBND phường An Lộc thông báo về việc treo cờ Tổ quốc dịp Lễ Quốc khánh\n\nTHÔNG BÁO\n\nVề việc treo cờ Tổ quốc dịp Lễ Quốc khánh\n\nCác hộ gia đình treo cờ Tổ quốc./.\n",
			"n.txt:5:1 title: THÔNG BÁO\nn.txt:7:1 subject: Về việc treo cờ Tổ quốc dịp Lễ Quốc khánh\nn.txt:9:1 body: Các hộ gia đình treo cờ Tổ quốc./."},
		{"ỦY BAN NHÂN DÂN PHƯỜNG AN LỘC\n\nTHÔNG BÁO\n\nVề việc treo cờ Tổ quốc dịp Lễ Quốc khánh\n\nCác hộ gia đình treo cờ Tổ quốc./.\n",
			"n.txt:1:1 header: ỦY BAN NHÂN DÂN PHƯỜNG AN LỘC\nn.txt:3:1 title: THÔNG BÁO\nn.txt:5:1 subject: Về việc treo cờ Tổ quốc dịp Lễ Quốc khánh\nn.txt:7:1 body: Các hộ gia đình treo cờ Tổ quốc./."},
		{"THÔNG BÁO VỀ VIỆC HOÃN TỔ CHỨC ĐẠI HỘI ĐỒNG CỔ ĐÔNG NĂM 2021\nThông báo gửi cổ đông về việc hoãn tổ chức Đại hội đồng cổ đông năm 2021\nThời gian dự kiến: chờ thông báo.\n",
			"n.txt:1:1 body: THÔNG BÁO VỀ VIỆC HOÃN TỔ CHỨC ĐẠI HỘI ĐỒNG CỔ ĐÔNG NĂM 2021\nn.txt:2:1 body: Thông báo gửi cổ đông về việc hoãn tổ chức Đại hội đồng cổ đông năm 2021\nn.txt:3:1 body: Thời gian dự kiến: chờ thông báo."},
		{"THÔNG BÁO LỊCH NGHỈ LỄ GIỖ TỔ HÙNG VƯƠNG NĂM 2022\nBệnh viện thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2022 như sau:\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:1:11 subject: LỊCH NGHỈ LỄ GIỖ TỔ HÙNG VƯƠNG NĂM 2022\nn.txt:2:1 body: Bệnh viện thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương năm 2022 như sau:"},
	}
	readCases(t, cases)
}

// TestTitleEchoTop keeps a letter's sentence that names an attached
// notice's trích yếu when that notice's tên loại stands below the top.
func TestTitleEchoTop(t *testing.T) {
	src := "UBND HUYỆN AN LÃO\nSố: 12/UBND-VP\nV/v tổ chức lễ kỷ niệm\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Lão, ngày 02 tháng 3 năm 2026\nKính gửi: Các xã.\n" +
		"Một.\nHai.\nBa.\nBốn.\nNăm.\nUBND huyện gửi kèm Thông báo về việc tổ chức lễ kỷ niệm 50 năm thành lập huyện./.\nTHÔNG BÁO\nVề việc tổ chức lễ kỷ niệm 50 năm thành lập huyện\n"
	f, err := Read("n.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(paraLines(f), "UBND huyện gửi kèm") {
		t.Errorf("the letter's sentence was left out:\n%s", paraLines(f))
	}
}
