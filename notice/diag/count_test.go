package diag

import "testing"

// TestCount groups the digits of the numbers of size limits as each
// language writes them: "1.600.000 ký tự", "1,600,000 characters".
func TestCount(t *testing.T) {
	for _, tt := range []struct {
		n      int64
		vi, en string
	}{
		{0, "0", "0"}, {999, "999", "999"}, {1000, "1.000", "1,000"}, {65536, "65.536", "65,536"},
		{1600000, "1.600.000", "1,600,000"}, {-1234567, "-1.234.567", "-1,234,567"},
	} {
		if got := Count(tt.n); got.VI != tt.vi || got.EN != tt.en {
			t.Errorf("Count(%d) = %q, %q; want %q, %q", tt.n, got.VI, got.EN, tt.vi, tt.en)
		}
	}
	m := Msg("văn bản dài %s ký tự, quá giới hạn %s", "the text is %s characters long, over the limit of %s", Count(1600000), Count(65536))
	if m.VI != "văn bản dài 1.600.000 ký tự, quá giới hạn 65.536" || m.EN != "the text is 1,600,000 characters long, over the limit of 65,536" {
		t.Errorf("Msg with counts: %q / %q", m.VI, m.EN)
	}
}
