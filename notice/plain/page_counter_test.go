package plain

import "testing"

func TestPostCounter(t *testing.T) {
	cases := []struct {
		title, line string
		want        bool
	}{
		{"THÔNG BÁO Về việc rà soát nhu cầu tiêm ngừa", "41", true},
		{"Kế hoạch Tổ chức Lễ Phát động Tháng Thanh niên", "974", true},
		{"Số:", "15", false},                                    // a label's value under it
		{"UBND XÃ AN LẠC", "15", false},                         // too short for a post's title
		{"ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "15", false},  // an issuer's line
		{"Số: 15/TB-UBND ngày 12 tháng 3 năm 2024", "2", false}, // a number's line
		{"THÔNG BÁO Về việc rà soát nhu cầu tiêm ngừa", "41/TB-UBND", false},
		{"THÔNG BÁO Về việc rà soát nhu cầu tiêm ngừa", "12345678", false},
	}
	for _, c := range cases {
		if got := postCounter(c.title, c.line); got != c.want {
			t.Errorf("postCounter(%q, %q) = %v, want %v", c.title, c.line, got, c.want)
		}
	}
}

func TestPostTitleOverCount(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{"Lịch chi trả hỗ trợ do ảnh hưởng dịch Covid-19", true},
		{"Thông báo: tặng quà cho Người có công với cách mạng nhân dịp Tết", true},
		{"Triển khai, vận động tham gia Cuộc thi sáng tác", true},
		{"THÔNG BÁO Về việc rà soát nhu cầu tiêm ngừa", false},             // the notice's tên loại and trích yếu
		{"Thông Báo về việc tăng cường phòng, chống dịch Covid-19", false}, // perhaps the notice's own
		{"Kế hoạch tổ chức Lễ phát động Tháng Thanh niên", false},
	}
	for _, c := range cases {
		if got := postTitleOverCount(c.title); got != c.want {
			t.Errorf("postTitleOverCount(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
