package check

import "testing"

// TestCommitteeCovered: a Party committee's body is reached by a line
// that names the committee, not by another body of the same place whose
// words it shares ("ủy" of "ủy ban").
func TestCommitteeCovered(t *testing.T) {
	cases := []struct {
		body, line string
		want       bool
	}{
		{"Văn phòng Tỉnh ủy", "- Văn phòng UBND tỉnh;", false},
		{"Văn phòng Huyện ủy Đức Trọng", "- Văn phòng UBND huyện Đức Trọng;", false},
		{"Văn phòng Đảng ủy xã", "- Văn phòng HĐND và UBND xã;", false},
		{"Văn phòng Tỉnh ủy", "- Chánh Văn phòng UBND tỉnh;", false},
		{"Văn phòng Tỉnh ủy", "- Văn phòng Tỉnh ủy;", true},
		{"Văn phòng Huyện ủy Đức Trọng", "- VP Huyện ủy Đức Trọng;", true},
		{"Ban Tuyên giáo Tỉnh ủy", "- Ban Tuyên giáo Tỉnh ủy;", true},
		{"Văn phòng UBND huyện Đức Trọng", "- Văn phòng UBND huyện Đức Trọng;", true},
		{"Ủy ban nhân dân huyện Đức Trọng", "- UBND huyện Đức Trọng;", true},
	}
	for _, c := range cases {
		if got := coveredBy(c.body, readRecipients(normalAll([]string{c.line}))); got != c.want {
			t.Errorf("coveredBy(%q, %q) = %v, want %v", c.body, c.line, got, c.want)
		}
	}
}
