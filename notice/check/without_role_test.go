package check

import (
	"strings"
	"testing"
)

// TestWithoutRole holds withoutRole to the test it stands for.
func TestWithoutRole(t *testing.T) {
	cases := []string{"", " ", "chủ tịch ubnd", " chủ tịch ubnd ", " chủ tịch", " chủ tịch ", " phó chủ tịch ubnd xã ", " trưởng phòng ", " trưởngphòng ", "  trưởng phòng "}
	for _, s := range proseTexts(t) {
		cases = append(cases, normal(s))
	}
	for _, s := range cases {
		want := s
		for _, r := range roleWords {
			if strings.HasPrefix(s, " "+r+" ") {
				want = " " + strings.TrimPrefix(s, " "+r+" ")
				break
			}
		}
		if got := withoutRole(s); got != want {
			t.Fatalf("withoutRole(%q) = %q, want %q", s, got, want)
		}
	}
}
