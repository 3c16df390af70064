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

// TestDayDatesAsExpression holds dayDates to dayDateRe's expression on
// every line of testdata and on leadExprCases and dayDateCases.
func TestDayDatesAsExpression(t *testing.T) {
	for _, s := range append(append(proseTexts(t), leadExprCases...), dayDateCases...) {
		sameDayDatesScan(t, s)
	}
}

var dayDateCases = []string{
	"ngày 123/1/2020", "ngày 1/123/2020", "ngày 12/1/2020_", "ngày 12/1/", "ngày 12/1/2020/3", "ngày12/1/2020", "ngày \t 1/1/1",
	"ángày 1/2/2003", "1ngày 1/2/2003", "\u00a0ngày 1/2/2003", "ngày 1/2/2003ngày 1/2/2004", "ngày ngày 1/2/2003", "NgÀY 01/02/20031 x",
	"ngày 1/2/2003é", "\xffngày 1/2/2003", "ngày 1/2/2003\xff", "(ngày 31/6/2024)",
}

func sameDayDatesScan(t *testing.T, s string) {
	t.Helper()
	if got, want := dayDates(s), dayDateRe().re().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("dayDates(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzDayDates holds dayDates to dayDateRe's expression on any text.
func FuzzDayDates(f *testing.F) {
	for _, s := range append(leadExprCases, dayDateCases...) {
		f.Add(s)
	}
	f.Fuzz(sameDayDatesScan)
}
