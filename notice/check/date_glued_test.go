package check

import "testing"

func TestDigitDateWord(t *testing.T) {
	for _, c := range []struct {
		in, word string
		at       int
	}{
		{"Lào Cai, ngày        tháng 4năm 2026", "năm", len("Lào Cai, ngày        tháng 4")},
		{"kể từ ngày 02tháng 4 năm 2010", "tháng", len("kể từ ngày 02")},
		{"ngày 22 tháng 5 năm 2008", "", -1},
		{"mã lớp 4NAM2024", "", -1},
		{"năm học 2023-2024, 5 ngày", "", -1},
		{"khóa 5nămhọc", "", -1},
	} {
		at, w := digitDateWord(c.in)
		if at != c.at || w != c.word {
			t.Errorf("digitDateWord(%q) = %d, %q; want %d, %q", c.in, at, w, c.at, c.word)
		}
	}
	if got, want := unglueDates("ngày 02tháng 4năm 2010"), "ngày 02 tháng 4 năm 2010"; got != want {
		t.Errorf("unglueDates = %q, want %q", got, want)
	}
}
