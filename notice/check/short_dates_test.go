package check

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

var shortDateCases = []string{
	"15/5/2019", "ngày 15/5/2019.", "1/2/2003 4/5/2006", "1/2/2003, 4/5/2006", "123/5/2019", "1/123/2019", "1/2/20031", "1/2/2003/4",
	"/1/2/2003", ".1/2/2003", "x1/2/2003", "é1/2/2003é", "01/02/2003", "1//2003", "1/2/203", "a1/2/2003b1/2/2003", "1/2/2003\n",
	"(1/2/2003)", "12/12/2012/", "1/2/2003 1/2/2003", "22/12/2022a 3/3/2023", "1/2/20034/5/2006", "số 12/2019/NĐ-CP ngày 1/2/2019",
}

// TestShortDatesAsExpression holds shortDates to shortDateRe's expression
// on every line of testdata and on leadExprCases and shortDateCases.
func TestShortDatesAsExpression(t *testing.T) {
	for _, s := range append(append(proseTexts(t), leadExprCases...), shortDateCases...) {
		sameShortDates(t, s)
	}
}

func sameShortDates(t *testing.T, s string) {
	t.Helper()
	if got, want := shortDates(s, utf8.ValidString(s)), shortDateRe().re().FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("shortDates(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzShortDates holds shortDates to shortDateRe's expression on any text.
func FuzzShortDates(f *testing.F) {
	for _, s := range append(leadExprCases, shortDateCases...) {
		f.Add(s)
	}
	f.Fuzz(sameShortDates)
}
