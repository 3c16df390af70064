package check

import (
	"strings"
	"testing"
)

// TestInBlank: the marked part (between [ and ]) is or is not part of a
// blank left to fill.
func TestInBlank(t *testing.T) {
	for _, c := range []struct {
		s     string
		blank bool
	}{
		{"Kế hoạch số[  ]     /KH-BTNMT", true},
		{"ngày[  ]  tháng 8 năm 2024", true},
		{"ngày[ ]tháng 8", false},
		{"Văn bản số [....]/SNV ngày ..../..../2026", true},
		{"ngày ..../[....]/2026", true},
		{"Mã số thông tin quy hoạch:[……]………………..", true},
		{"Họ và tên: [......]....................", true},
		{"Chức vụ: [___]_____", true},
		{"Mã hồ sơ:[…]…..", true},
		{"của Bộ Tài chính[…..]”", false},
		{"hồ sơ, tài liệu[....]", false},
		{"v.v[…..]", false},
		{"Ủy ban nhân dân tỉnh[  ]trong tháng 01", false},
		{"có trách nhiệm[  ]thực hiện", false},
		{"năm[  ]2024", false},
		{"cụ thể như sau:[....] Các đơn vị", false},
	} {
		start := strings.Index(c.s, "[")
		end := strings.Index(c.s, "]") - 1
		s := strings.Replace(strings.Replace(c.s, "[", "", 1), "]", "", 1)
		if got := inBlank(s, start, end); got != c.blank {
			t.Errorf("inBlank(%q) = %v, want %v", c.s, got, c.blank)
		}
	}
}
