package check

import "testing"

// TestOtherHeadsDeputy: a deputy's title of another head is told; the
// head's own deputy, with words after or a body before, a title cut
// from its front, a short form or two titles are not.
func TestOtherHeadsDeputy(t *testing.T) {
	for _, c := range []struct {
		head, line string
		want       bool
	}{
		{"CHI CỤC TRƯỞNG", "PHÓ GIÁM ĐỐC", true},
		{"GIÁM ĐỐC", "PHÓ CHỦ TỊCH", true},
		{"HIỆU TRƯỞNG", "PHÓ GIÁM ĐỐC", true},
		{"CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", false},
		{"GIÁM ĐỐC", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", false},
		{"GIÁM ĐỐC SỞ Y TẾ", "PHÓ GIÁM ĐỐC", false},
		{"CHÁNH VĂN PHÒNG", "PHÓ VĂN PHÒNG", false}, // deputyCut's
		{"GIÁM ĐỐC", "PHÓ GĐ", false},               // signer-abbrev's
		{"BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", false},
		{"BỘ TRƯỞNG", "THỨ TRƯỞNG", false},
		{"GIÁM ĐỐC", "Phó Giám đốc", false},
	} {
		if got := otherHeadsDeputy(c.head, c.line); got != c.want {
			t.Errorf("otherHeadsDeputy(%q, %q) = %v, want %v", c.head, c.line, got, c.want)
		}
	}
}
