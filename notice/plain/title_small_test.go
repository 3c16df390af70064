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
