package check

import (
	"reflect"
	"regexp"
	"testing"
)

// monthRe is the expression monthYears stands for.
var monthRe = regexp.MustCompile(`(?i)(?:^|[^\d\s]\s*|\s)tháng\s+(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4})`)

var monthCases = []string{
	"tháng 9/2024", "Tháng 9 năm 2024", "trong tháng 9/2024 và tháng 10 năm 2024", "5tháng 9/2024", " tháng 9/2024",
	"x   tháng 9 / 2024", "tháng 123/2024", "tháng 12/20245", "tháng 1 2/2024", "tháng 9 /20", "tháng 9 NĂM 2024",
	"tháng 9năm 2024", "tháng 9 năm2024", "THÁNG 09/2024tháng 10/2025", "1 tháng 9/2024", "\xff tháng 9/2024",
	"tháng 9/2024 tháng 9/2024", "tháng 9/2024\ttháng 9/2024", "ngày 05 tháng 01 năm 2020", "(tháng 3/2023)", "9/2024tháng 1/2025",
	"\u00a0tháng 2/2024", "tháng\t\n2\f/\r2024", "2024 tháng 12 năm 2024",
}

// TestMonthYearsAsExpression holds monthYears to its expression on every
// line of testdata and on the cases above.
func TestMonthYearsAsExpression(t *testing.T) {
	for _, s := range append(proseTexts(t), monthCases...) {
		sameMonthYears(t, s)
	}
}

func sameMonthYears(t *testing.T, s string) {
	t.Helper()
	if got, want := monthYears(s), monthRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("monthYears(%q) = %v, the expression %v", s, got, want)
	}
}

// FuzzMonthYears holds monthYears to its expression on any text.
func FuzzMonthYears(f *testing.F) {
	for _, s := range monthCases {
		f.Add(s)
	}
	f.Fuzz(sameMonthYears)
}
