package check

import "testing"

// TestPostOfOtherBody: one post of two bodies that start alike is told;
// a title written short, or with "Phó" on one side, or parting at the
// body's first word, is not.
func TestPostOfOtherBody(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Chủ tịch Hội đồng thành viên", "Chủ tịch Hội đồng quản trị", true},
		{"Giám đốc Sở Y tế", "Giám đốc Sở Tài chính", true},
		{"Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân xã", true},
		{"Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh", false},
		{"Chủ tịch Ủy ban nhân dân tỉnh Lào Cai", "Chủ tịch Ủy ban nhân dân tỉnh", false},
		{"Chủ tịch Ủy ban nhân dân xã", "Chủ tịch xã", false},
		{"Giám đốc Sở", "Giám đốc Trung tâm", false},
		{"Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân xã", false},
		{"Trưởng Ban Quản lý Khu kinh tế Nghi Sơn (sau đây gọi là Ban Quản lý)", "Trưởng Ban Quản lý", false},
		{"Bí thư Tỉnh đoàn", "Bí thư", false},
	} {
		if got := postOfOtherBody(c.a, c.b); got != c.want {
			t.Errorf("postOfOtherBody(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
