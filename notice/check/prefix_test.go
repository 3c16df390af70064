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
