package check

import (
	"reflect"
	"regexp"
	"testing"
)

// dottedDateRe is the expression dottedDates stands for.
var dottedDateRe = regexp.MustCompile(`(?i)(?:^|[\s(,;])ngày\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)

// TestDottedDatesAsExpression holds dottedDates to its expression on
// every line of testdata and on the cases below.
func TestDottedDatesAsExpression(t *testing.T) {
	for _, s := range append(proseTexts(t), dottedCases...) {
		sameDottedDates(t, s)
	}
}

var dottedCases = []string{
	"ngày 03.12.2007", "Ngày  3.1.2007.", "(NGÀY\t03.12.2007)", "xngày 03.12.2007", "ngày03.12.2007",
	"ngày 123.12.2007", "ngày 03.12.20071", "ngày 03.12.2007a", "ngày 03.12.2007 và ngày 4.5.2008,ngày 6.7.2009",
	"ngày 03.12.207", "ngày 03..2007", "ngày 03.12.2007ngày 1.2.2003", "ngày ngày 1.2.2003", ";ngày 1.2.2003_", "ngàY 1.2.2003é",
	"ngày 17-11-2008", "sáng ngày 17-11-2008 (thứ hai)", "ngày 17-11.2008", "ngày 1-2-20081", "ngày 1 - 2 - 2008",
}

// dashedDateRe is the expression dashedDates stands for.
var dashedDateRe = regexp.MustCompile(`(?i)(?:^|[\s(,;])ngày\s+(\d{1,2})-(\d{1,2})-(\d{4})\b`)

func sameDottedDates(t *testing.T, s string) {
	t.Helper()
	if got, want := dottedDates(s), dottedDateRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("dottedDates(%q) = %v, the expression %v", s, got, want)
	}
	if got, want := dashedDates(s), dashedDateRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("dashedDates(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzDottedDates holds dottedDates to its expression on any text.
func FuzzDottedDates(f *testing.F) {
	for _, s := range dottedCases {
		f.Add(s)
	}
	f.Fuzz(sameDottedDates)
}
