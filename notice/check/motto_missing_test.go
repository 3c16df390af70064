package check

import "testing"

// TestStateNumber holds the number line's issuer code read as motto_missing reads
// it: cite.ParseNumber refuses "VP.UBND" and a date read on the number's
// line, which a header found whole may carry.
func TestStateNumber(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"Số: 56/TB-UBND", true}, {"Số: 05/TB-VP.UBND", true}, {"Số:      /TB-UBND", true}, {"Số: 12/2026/QĐ-UBND", true},
		{"Số: 56-TB/HNDT", false}, {"Số: 56/TB-ĐHBK", false}, {"Số: 1334/BKHĐT-KTNN", true}, {"Số: 12/TB-SGDĐT", true},
		{"Số: 15/TB-STC-SXD", true}, {"Số: 56/TB-UBND   Đông Hòa, ngày 05 tháng 3 năm 2026", true}} {
		if got := stateNumber(c.s); got != c.want {
			t.Errorf("stateNumber(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
