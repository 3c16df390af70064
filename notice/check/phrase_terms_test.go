package check

import (
	"slices"
	"testing"
)

func TestMarkLost(t *testing.T) {
	for w, want := range map[string][]string{
		"định":  {"đinh"},
		"tư":    {"tu"},
		"đơn":   {"đon"},
		"triển": {"triẻn", "triên"},
		"khai":  nil,
	} {
		got := markLost(w)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("markLost(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestTermCase(t *testing.T) {
	for _, c := range [][3]string{
		{"nghị đinh", "Nghị định", "nghị định"},
		{"Thông tu", "Thông tư", "Thông tư"},
		{"Đơn vi", "đơn vị", "Đơn vị"},
		{"cơ quan, đơn vi", "cơ quan, đơn vị", "cơ quan, đơn vị"},
	} {
		if got := termCase(c[0], c[1]); got != c[2] {
			t.Errorf("termCase(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
