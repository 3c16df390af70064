package check

import (
	"reflect"
	"regexp"
	"testing"
)

// comradeShortExpr is what comradeShortsIn finds, as an expression: its
// group 1.
var comradeShortExpr = regexp.MustCompile(`(?:^|[\s(])([đĐ]/[cC])(?:[\s.,;:)]|$)`)

var comradeCases = []string{
	"", "đ/c", "Đ/C", "gặp đ/c Nguyễn", "các Đ/c CBGVNV", "(đ/c Nga)", "đ/c đ/c", "đ/c  đ/c", "đ/c,đ/c", "đ/c.\nđ/c;", "xđ/c ", "đ/cx",
	"QĐ/UB", "kg/ha", "đ/", "/c", "\xffđ/c", " đ/c\xff", "đ/c\v", "\u00a0đ/c", "đ/c)(đ/c)", "d/c", "Đ/c:", "(đ/C\t", "a (Đ/c) và đ/c",
}

// sameComradeShorts checks comradeShortsIn against comradeShortExpr on s.
func sameComradeShorts(t *testing.T, s string) {
	t.Helper()
	var want []int
	for _, m := range comradeShortExpr.FindAllStringSubmatchIndex(s, -1) {
		want = append(want, m[2])
	}
	if got := comradeShortsIn(s); !reflect.DeepEqual(got, want) {
		t.Errorf("comradeShortsIn(%q) = %v, the expression %v", s, got, want)
	}
}

// TestComradeShortsAsExpression holds comradeShortsIn to
// comradeShortExpr on the cases and every line of testdata.
func TestComradeShortsAsExpression(t *testing.T) {
	found := 0
	for _, s := range append(proseTexts(t), comradeCases...) {
		if comradeShortExpr.MatchString(s) {
			found++
		}
		sameComradeShorts(t, s)
	}
	if found < 20 {
		t.Errorf("the expression finds %d texts, want 20 at least: the lines were not read", found)
	}
}

// FuzzComradeShorts holds comradeShortsIn to comradeShortExpr on any
// text.
func FuzzComradeShorts(f *testing.F) {
	for _, s := range comradeCases {
		f.Add(s)
	}
	f.Fuzz(sameComradeShorts)
}
