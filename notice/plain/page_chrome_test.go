package plain

import "testing"

// TestPageChrome holds a print page's own lines (the print link, the
// post's stamp, the file's link) out of the letter, and the lines of a
// letter that only start so in.
func TestPageChrome(t *testing.T) {
	src := "In trang\n\nCập nhật lúc : 08:51 17/04/2018\n\nPhòng thông báo lịch nghỉ.\n\n" +
		"In trang phục cho học sinh theo mẫu./.\n\nTải file đầy đủ bên dưới\n"
	readCases(t, []readCase{{src, "n.txt:5:1 body: Phòng thông báo lịch nghỉ.\nn.txt:7:1 body: In trang phục cho học sinh theo mẫu./."}})
}

// TestAddresseeRun parts a Kính gửi line run on with the body's opening,
// and leaves a Kính gửi whose addressee holds a "." whole.
func TestAddresseeRun(t *testing.T) {
	cases := []readCase{
		{"Kính gửi: Hiệu trưởng các trường. Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./.\n",
			"n.txt:1:1 addressee: Kính gửi: Hiệu trưởng các trường.\nn.txt:1:35 body: Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./."},
		{"Kính gửi: Trường THCS Nguyễn Du, TP. Huế.\n\nThực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./.\n",
			"n.txt:1:1 addressee: Kính gửi: Trường THCS Nguyễn Du, TP. Huế.\nn.txt:3:1 body: Thực hiện Kế hoạch số 12/KH-UBND, Phòng đề nghị các trường tổng vệ sinh./."},
	}
	readCases(t, cases)
}

// TestHyphenStamp holds a post's stamp with its date parted by hyphens
// out of the letter, so that the heading under it, a tên loại run into
// its trích yếu, is read as the two; a date so written in a sentence
// stays the sentence's.
func TestHyphenStamp(t *testing.T) {
	cases := []readCase{
		{"01-09-2017 - 10:21\n\nTHÔNG BÁO Về việc gửi tác phẩm dự giải.\n\nHội đề nghị các chi hội gửi tác phẩm./.\n",
			"n.txt:3:1 title: THÔNG BÁO\nn.txt:3:11 subject: Về việc gửi tác phẩm dự giải.\nn.txt:5:1 body: Hội đề nghị các chi hội gửi tác phẩm./."},
		{"Thông báo hạn nộp đến 10:30 ngày 01-09-2017.\n",
			"n.txt:1:1 body: Thông báo hạn nộp đến 10:30 ngày 01-09-2017."},
	}
	readCases(t, cases)
}
