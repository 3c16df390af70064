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

// TestStampRowUnderMenu reads a portal's stamp row under the site's
// "Trang chủ" and section as the post's stamp, and the title over it as
// the post's; over a stamp row with no menu above, the notice's tên loại
// and trích yếu stay the notice's.
func TestStampRowUnderMenu(t *testing.T) {
	cases := []readCase{
		{"Trang chủ\n\nY tế học đường\n\nThông báo tiêm phòng vắc xin Sởi - Rubella cho học sinh\nNgày đăng 20/08/2014 | 12:00 | Lượt xem: 1088\n\nThực hiện Kế hoạch số 116/KH-UBND ngày 08/8/2014 của Ủy ban nhân dân quận, bộ phận y tế thông báo lịch tiêm vắc xin cho học sinh như sau:\n",
			"n.txt:1:1 page: Trang chủ\nn.txt:3:1 page: Y tế học đường\nn.txt:5:1 page: Thông báo tiêm phòng vắc xin Sởi - Rubella cho học sinh\nn.txt:8:1 body: Thực hiện Kế hoạch số 116/KH-UBND ngày 08/8/2014 của Ủy ban nhân dân quận, bộ phận y tế thông báo lịch tiêm vắc xin cho học sinh như sau:"},
		{"THÔNG BÁO\n\nVề việc tổ chức Tết trồng cây năm 2018\nNgày đăng 12/03/2018 | 14:56 | View count: 87\n\nThực hiện Văn bản số 138/UBND-KT ngày 11/01/2018 của Ủy ban nhân dân thành phố, Phòng thông báo như sau:\n",
			"n.txt:1:1 title: THÔNG BÁO\nn.txt:3:1 subject: Về việc tổ chức Tết trồng cây năm 2018\nn.txt:6:1 body: Thực hiện Văn bản số 138/UBND-KT ngày 11/01/2018 của Ủy ban nhân dân thành phố, Phòng thông báo như sau:"},
	}
	readCases(t, cases)
}

// TestDownloadOffer reads a page's offer of the notice's file over the
// notice ("Vui lòng tải văn bản đầy đủ tại đây: <the file's name>") as the
// page's, not a line of its header; a sentence of the notice that names
// where to see a list stays the notice's.
func TestDownloadOffer(t *testing.T) {
	cases := []readCase{
		{"Vui lòng tải văn bản đầy đủ tại đây: 2021_05_13 Thong bao kiem tra lai- ren luyen\n\nTHÔNG BÁO\n\nVề việc tổ chức kiểm tra lại năm học 2020-2021\n\nTrường thông báo lịch kiểm tra lại như sau:\n",
			"n.txt:1:1 page: Vui lòng tải văn bản đầy đủ tại đây: 2021_05_13 Thong bao kiem tra lai- ren luyen\nn.txt:3:1 title: THÔNG BÁO\nn.txt:5:1 subject: Về việc tổ chức kiểm tra lại năm học 2020-2021\nn.txt:7:1 body: Trường thông báo lịch kiểm tra lại như sau:"},
		{"Trường thông báo lịch kiểm tra lại như sau:\n\nDanh sách học sinh dự kiểm tra lại được niêm yết tại đây, ở bảng tin của trường.\n",
			"n.txt:1:1 body: Trường thông báo lịch kiểm tra lại như sau:\nn.txt:3:1 body: Danh sách học sinh dự kiểm tra lại được niêm yết tại đây, ở bảng tin của trường."},
	}
	readCases(t, cases)
}
