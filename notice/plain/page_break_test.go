package plain

import (
	"strings"
	"testing"
)

// TestPageBreak: a paragraph that ends without its mark, then a blank
// line and a line that starts with a capital, is one paragraph cut by a
// page break only where the break is plainly inside a sentence.
func TestPageBreak(t *testing.T) {
	long := "Đề nghị Cục thuế tỉnh Trà Vinh áp dụng tỷ lệ giá trị gia tăng theo đúng hướng dẫn tại công văn nêu trên và không tiếp tục tăng tỷ lệ"
	for _, c := range []struct {
		above, next string
		joined      bool
	}{
		{long + " thu nhập chịu thuế", "Từ ngày 01/01/2009 Bộ Tài chính sẽ ban hành tỷ lệ mới.", false},
		{long + " thu nhập chịu thuế", "2/ Phí vệ sinh: 15.000 đồng/tháng", false},
		{long + " thu nhập chịu thuế", "II- Thời gian thanh toán:", false},
		{long + " thu nhập chịu thuế", "Căn cứ Luật Tổ chức chính quyền địa phương;", false},
		{long + " thu nhập chịu thuế", "Với nội dung trên, đề nghị các đơn vị thực hiện./.", false},
		{long + " của", "Ủy ban nhân dân tỉnh ban hành.", true},
		{long + " trình Trưởng", "Ban Chỉ đạo xem xét, ban hành trước ngày 28/02/2024.", true},
		{long + " do Ban Tiếp công dân huyện chủ trì và phối hợp với Văn phòng cùng", "Trung tâm Y tế huyện bảo đảm các điều kiện.", true},
		{long + " thu nhập chịu thuế,", "Phòng Giáo dục và Đào tạo tổ chức khảo sát.", true},
		{"Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh về phòng, chống dịch bệnh trên địa bàn xã năm 2024", "Ủy ban nhân dân xã Đức Hợp thông báo như sau:", true},
	} {
		src := "THÔNG BÁO\n\nVề việc thu thuế\n\n" + c.above + "\n\n" + c.next + "\n"
		f, err := Read("n.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		joined := false
		for _, p := range f.Paras {
			if strings.Contains(p.Text, c.above) && strings.HasSuffix(p.Text, c.next) {
				joined = true
			}
		}
		if joined != c.joined {
			t.Errorf("%q over %q: joined %v, want %v\n%s", c.above[len(c.above)-20:], c.next, joined, c.joined, kinds(f))
		}
	}
}

func TestLastWord(t *testing.T) {
	for s, want := range map[string]string{"trình Trưởng": "Trưởng", "tỷ lệ, ": "", "ngày 2024": "", "của": "của", "": ""} {
		if got := lastWord(s); got != want {
			t.Errorf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}
