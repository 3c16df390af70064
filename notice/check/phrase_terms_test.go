package check

import (
	"slices"
	"strings"
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

func TestTwoMarksLost(t *testing.T) {
	for term, want := range map[string][]string{
		"nghị định":  {"nghi đinh"},
		"quyết định": {"quyêt đinh", "quyét đinh", "quyet định"},
		"thông báo":  nil, // "thong bao": no mark kept
		"chủ tịch":   nil,
	} {
		var got []string
		for _, s := range twoMarksLost(phraseTokens(term)) {
			got = append(got, strings.Join(s, " "))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("twoMarksLost(%q) = %q, want %q", term, got, want)
		}
	}
}
