package check

import (
	"reflect"
	"regexp"
	"testing"
)

// dayDateBefore is dayDateRe as it was written before it was a leadExpr.
var dayDateBefore = regexp.MustCompile(`(?i)\bngày\s+(\d{1,2})/(\d{1,2})/(\d+)\b`)

// TestDayDateAsBefore holds dayDateRe to the expression it stands for on
// every line of testdata and on leadExprCases: the same matches, but for
// their starts (a leadExpr's takes the character before "ngày").
func TestDayDateAsBefore(t *testing.T) {
	for _, s := range append(proseTexts(t), leadExprCases...) {
		sameDayDates(t, s)
	}
}

func sameDayDates(t *testing.T, s string) {
	t.Helper()
	if got, want := butStarts(dayDateRe().findAll(s)), butStarts(dayDateBefore.FindAllStringSubmatchIndex(s, -1)); !reflect.DeepEqual(got, want) {
		t.Fatalf("dayDateRe on %q: %v, the expression %v", s, got, want)
	}
}

// FuzzDayDate holds dayDateRe to the expression it stands for on any
// text.
func FuzzDayDate(f *testing.F) {
	for _, s := range leadExprCases {
		f.Add(s)
	}
	f.Fuzz(sameDayDates)
}

// butStarts is each match of ms without its start.
func butStarts(ms [][]int) [][]int {
	var out [][]int
	for _, m := range ms {
		out = append(out, m[1:])
	}
	return out
}
