package check

import "testing"

// figureLookCases are measures, sums and near misses.
var figureLookCases = []string{"2.6 m2", "429,2 m2", "1,25 ha", "3.75km2", "1.5  ha", "1.234 m2", "a1.2 m²", "9,9 m³", "1,2 km", "1.2", "1.2 h", ",5 ha", "5, ha",
	"100,000 đồng", "1,200,000", "0,500", "1,23", "1,2345", ",000", "9,99", "12,345đ"}

// sameFigureLook holds mayHoldMeasure and mayGroupByComma to the
// expressions they stand before: every text the expression matches
// passes the look.
func sameFigureLook(t *testing.T, s string) {
	t.Helper()
	if measureRe().MatchString(s) && !lookView.mayHoldMeasure(s) {
		t.Errorf("mayHoldMeasure(%q) = false, but measureRe finds %q", s, measureRe().FindString(s))
	}
	if commaAmountRe().MatchString(s) && !mayGroupByComma(s) {
		t.Errorf("mayGroupByComma(%q) = false, but commaAmountRe finds %q", s, commaAmountRe().FindString(s))
	}
}

// TestFigureLook holds the looks to the expressions on every line of
// testdata, and checks that the cases reach both sides of each.
func TestFigureLook(t *testing.T) {
	for _, s := range proseTexts(t) {
		sameFigureLook(t, s)
	}
	measures, sums := 0, 0
	for _, s := range figureLookCases {
		sameFigureLook(t, s)
		if measureRe().MatchString(s) {
			measures++
		}
		if commaAmountRe().MatchString(s) {
			sums++
		}
	}
	if measures < 3 || sums < 3 || !lookView.mayHoldMeasure("1.2 ha") || lookView.mayHoldMeasure("thành phải khai 1.2") || mayGroupByComma("a, b, 1,2") {
		t.Errorf("the cases do not reach both sides: %d measures, %d sums", measures, sums)
	}
}

// FuzzFigureLook holds the looks to the expressions on any text.
func FuzzFigureLook(f *testing.F) {
	for _, s := range figureLookCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameFigureLook(t, s) })
}
