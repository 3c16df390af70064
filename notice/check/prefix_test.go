package check

import (
	"regexp"
	"strings"
	"testing"
)

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   bool
	}{
		{"trong tháng 9/2024", "tháng", true},
		{"TRONG THÁNG 9", "tháng", true},
		{"tHáNg", "tháng", true},
		{"thang 9", "tháng", false},
		{"thán", "tháng", false},
		{"", "tháng", false},
		{"Thông Báo", "thông báo", true},
	} {
		if got := containsFold(c.s, c.sub); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.sub, got)
		}
	}
}

// FuzzContainsFold holds containsFold to the (?i) expression it stands
// before.
func FuzzContainsFold(f *testing.F) {
	for _, s := range []string{"tháng", "THÁNG", "tHáng", "thang", "thông báo"} {
		f.Add(s)
	}
	re := regexp.MustCompile(`(?i)tháng`)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := containsFold(s, "tháng"), re.MatchString(s); got != want {
			t.Fatalf("containsFold(%q) = %v, the expression says %v", s, got, want)
		}
		if headed(s, "sở", " ") != (strings.HasPrefix(s, "sở ") || s == "sở") {
			t.Fatalf("headed(%q) is wrong", s)
		}
	})
}

// FuzzMayBareDate holds the test before bareDateRe to the expression:
// wherever it matches, the test must let it run.
func FuzzMayBareDate(f *testing.F) {
	for _, s := range []string{"trước 15/8/2025", "TỪ  01/9/2024", "hoàn thành trước ngày 28/02/2023", "chậm nhất là\t3/3/2024", "Trước 1/1/2024",
		"kể từ 123/4/2024", "(từ 1/2/2024)", "x từ 1/2/20245", "KHÔNG QUÁ 12/12/2025"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bareDateRe().MatchString(s) && !mayBareDate(s) {
			t.Fatalf("bareDateRe matches %q, mayBareDate says it cannot", s)
		}
	})
}
