package check

import "testing"

// lookView is the view the tests of the looks ask texts of.
var lookView = &View{}

// decimalCases are texts with scores and near misses.
var decimalCases = []string{"0.93/20", "41,29/100", "1.234/5", "1.2/", "1.2/x", "a1.2/3", "1.23/45 và 2,5/10", ".5/1", "5./1", "1..2/3", "1,2,3/4", "ngày 1.2/2026", "9.99/9", "1.000.000", "1.2"}

// sameDecimalLook holds mayHoldDecimal to the expressions it stands
// before: every text either expression finds a score in passes it.
func sameDecimalLook(t *testing.T, s string) {
	t.Helper()
	if decimalPoint().MatchString(s) && !lookView.mayHoldDecimal(s, '.') {
		t.Errorf("mayHoldDecimal(%q, '.') = false, but decimalPoint finds %q", s, decimalPoint().FindString(s))
	}
	if decimalComma().MatchString(s) && !lookView.mayHoldDecimal(s, ',') {
		t.Errorf("mayHoldDecimal(%q, ',') = false, but decimalComma finds %q", s, decimalComma().FindString(s))
	}
}

// TestDecimalLook holds mayHoldDecimal to the expressions on every line
// of testdata.
func TestDecimalLook(t *testing.T) {
	for _, s := range proseTexts(t) {
		sameDecimalLook(t, s)
	}
	for _, s := range decimalCases {
		sameDecimalLook(t, s)
	}
}

// FuzzDecimalLook holds mayHoldDecimal to the expressions on any text.
func FuzzDecimalLook(f *testing.F) {
	for _, s := range decimalCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameDecimalLook(t, s) })
}
