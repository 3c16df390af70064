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
