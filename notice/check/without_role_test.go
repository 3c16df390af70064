package check

import (
	"strings"
	"testing"
)

// TestWithoutRole holds withoutRole to the test it stands for.
func TestWithoutRole(t *testing.T) {
	cases := []string{"", " ", "chủ tịch ubnd", " chủ tịch ubnd ", " chủ tịch", " chủ tịch ", " phó chủ tịch ubnd xã ", " trưởng phòng ", " trưởngphòng ", "  trưởng phòng ",
		" trưởng các tổ dân phố ", " hiệu trưởng các trường ", " bí thư những chi bộ "}
	for _, s := range proseTexts(t) {
		cases = append(cases, normal(s))
	}
	for _, s := range cases {
		want := s
		if g, ok := postOverGroup(strings.TrimPrefix(s, " ")); ok && strings.HasPrefix(s, " ") {
			want = " " + g // a90: "hiệu trưởng các trường ...", the group the post heads
		}
		for _, r := range roleWords {
			if want != s {
				break
			}
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
