package check

import "testing"

// A period's first day written as a day alone is told apart from one
// with its month, so that deadline-date says the month left out.
func TestFirstDayBare(t *testing.T) {
	for text, want := range map[string]bool{
		"từ 30 - 02/12/2026":                        true,
		"từ ngày 26 đến ngày 19 tháng 12 năm 2026":  true,
		"từ ngày 16/12 đến ngày 09/12/2026":         false,
		"từ ngày 16 tháng 12 đến ngày 09/12/2026":   false,
		"từ ngày 02/8/2018 đến 10/8/2010":           false,
		"trong thời gian từ 28 đến ngày 05/12/2026": true,
		"đến ngày 05/12/2026":                       false,
	} {
		if got := firstDayBare(text); got != want {
			t.Errorf("firstDayBare(%q) = %v, want %v", text, got, want)
		}
	}
}
