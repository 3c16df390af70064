package check

import "testing"

func TestNamesCommas(t *testing.T) {
	for line, want := range map[string]bool{
		"- Các Chi cục: Chăn nuôi, Thú y và Thủy sản; Trồng trọt và Bảo vệ thực vật": true,
		"- Sở Văn hóa, Thể thao và Du lịch; Sở Y tế":                                 true,
		"- Sở Y tế; Sở Tài chính, Sở Xây dựng":                                       false,
		"- Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính, Sở Xây dựng":               false,
		"- UBND các xã, phường; Công an tỉnh":                                        false,
	} {
		if got := namesCommas(line); got != want {
			t.Errorf("namesCommas(%q) = %v, want %v", line, got, want)
		}
	}
}
