package plain

import "testing"

// TestSmallTitle reads a tên loại in small letters alone on the first
// line, with "Về việc ..." under it, as the tên loại and the trích yếu,
// and leaves one with no trích yếu under it, or under other lines, as
// body.
func TestSmallTitle(t *testing.T) {
	cases := []readCase{
		{"Thông báo\nVề việc nghỉ lễ Quốc khánh\n\nPhường thông báo như sau:\n",
			"n.txt:1:1 title: Thông báo\nn.txt:2:1 subject: Về việc nghỉ lễ Quốc khánh\nn.txt:4:1 body: Phường thông báo như sau:"},
		{"Thông báo\n\nPhường thông báo lịch nghỉ lễ Quốc khánh.\n",
			"n.txt:1:1 body: Thông báo\nn.txt:3:1 body: Phường thông báo lịch nghỉ lễ Quốc khánh."},
		{"Phường thông báo như sau:\n\nThông báo\nVề việc nghỉ lễ\n",
			"n.txt:1:1 body: Phường thông báo như sau:\nn.txt:3:1 body: Thông báo Về việc nghỉ lễ"},
	}
	readCases(t, cases)
}

// TestSmallHeading reads a post's heading line with the tên loại in
// sentence case over a body served with no header ("Thông báo Về việc
// ...", "Thông báo lịch ...") as the page's post title (the lead's
// ruling of round 66), and leaves as body a line that ends with a
// sentence's mark.
func TestSmallHeading(t *testing.T) {
	const body = "\n\nỦy ban nhân dân xã đề nghị các hộ nộp phí trước ngày 30/4/2019./.\n"
	const read = "\nn.txt:3:1 body: Ủy ban nhân dân xã đề nghị các hộ nộp phí trước ngày 30/4/2019./."
	cases := []readCase{
		{"Thông báo Về việc thu tiền phí vệ sinh môi trường" + body,
			"n.txt:1:1 page: Thông báo Về việc thu tiền phí vệ sinh môi trường" + read},
		{"Thông báo lịch thu tiền phí vệ sinh môi trường" + body,
			"n.txt:1:1 page: Thông báo lịch thu tiền phí vệ sinh môi trường" + read},
		{"Thông báo Lịch thu tiền phí vệ sinh môi trường như sau:" + body,
			"n.txt:1:1 body: Thông báo Lịch thu tiền phí vệ sinh môi trường như sau:" + read},
	}
	readCases(t, cases)
}
