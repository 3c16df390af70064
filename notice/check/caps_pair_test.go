package check

import (
	"testing"
	"unicode"
)

func TestUpperRune(t *testing.T) {
	for r := rune(0); r <= 0x2FFF; r++ {
		if upperRune(r) != unicode.IsUpper(r) {
			t.Errorf("upperRune(%U) = %v, unicode.IsUpper says %v", r, upperRune(r), unicode.IsUpper(r))
		}
	}
}

// TestCapsPair holds capsPair to abbrevWords: a text it turns away holds
// no abbreviation.
func TestCapsPair(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"bảo hiểm xã hội (BHXH)", true},
		{"Sở GD&ĐT tỉnh", true},
		{"ông M.V Nguyễn", true},
		{"KT-XH", true},
		{"ỦY BAN", true},
		{"Ủy ban nhân dân Tỉnh Quảng Ngãi.", false},
		{"Ngày 5 tháng 3, A. Bình", false},
		{"A--B, A&&B, A. B", false},
		{"", false},
	} {
		if got := capsPair(tc.s); got != tc.want {
			t.Errorf("capsPair(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if !tc.want && len(abbrevWords(tc.s)) > 0 {
			t.Errorf("abbrevWords(%q) finds %v where capsPair finds none", tc.s, abbrevWords(tc.s))
		}
	}
}
