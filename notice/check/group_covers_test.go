package check

import "testing"

// TestGroupCoversKind: a group reaches the kinds of body it names; the
// "đơn vị" of a district's "các phòng, ban, đơn vị" is not a province's
// Sở, while "các sở, ban, ngành" and "các cơ quan, đơn vị" reach one.
func TestGroupCoversKind(t *testing.T) {
	cases := []struct {
		group, body string
		want        bool
	}{
		{"Thủ trưởng các phòng, ban, đơn vị", "Sở Tài chính", false},
		{"Các phòng, ban, đơn vị", "Sở Nội vụ", false},
		{"Thủ trưởng các phòng, ban, đơn vị", "Phòng Tài chính - Kế hoạch", true},
		{"Các phòng, ban, đơn vị", "Trung tâm Văn hóa - Thể thao", true},
		{"Các sở, ban, ngành", "Sở Tài chính", true},
		{"Các cơ quan, đơn vị", "Sở Tài chính", true},
		{"Các sở, ban, ngành", "Phòng Tài chính - Kế hoạch", false},
	}
	for _, c := range cases {
		if got := Reaches(c.group, c.body); got != c.want {
			t.Errorf("Reaches(%q, %q) = %v, want %v", c.group, c.body, got, c.want)
		}
	}
}
