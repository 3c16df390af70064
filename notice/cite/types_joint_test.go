package cite

import "testing"

// TestJointTitle reads a tên loại of two types joined by "VÀ" as its first
// type, and no other line with "VÀ" as a tên loại.
func TestJointTitle(t *testing.T) {
	for line, want := range map[string]string{
		"QUY ĐỊNH VÀ HƯỚNG DẪN":  "Quy định",
		"QUY CHẾ VÀ QUY ĐỊNH":    "Quy chế",
		"QUY ĐỊNH VÀ NGUYÊN TẮC": "",
		"THÔNG BÁO VÀ MỜI HỌP":   "",
	} {
		got, ok := TitleType(line)
		if want == "" && ok || want != "" && (!ok || got.Name != want) {
			t.Errorf("TitleType(%q) = %q, %v; want %q", line, got.Name, ok, want)
		}
	}
}
