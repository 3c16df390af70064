package check

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestIndexSign holds indexSign to strings.Index for each range sign on
// every line of testdata and on random texts of the bytes the signs share
// with letters ("ặ" ends in B7 as "÷" does, "·" is C2 B7).
func TestIndexSign(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"Từ ngày 18/12/2023 ÷ 24/12/2023", "Sáng 7h30 → 11h30", "từ 06/5/2021 – 21/5/2021", "÷", "ặ÷", "·÷", "a–b–c", ""})
	lines = append(lines, testlines.Random([]string{"÷", "→", "–", "-", "ặ", "ỷ", "·", "à", "\xb7", "\x93", "\xe2", "\x80", "a", " "}, 4000, 6, 47)...)
	found := 0
	for _, l := range lines {
		for _, sign := range rangeSigns {
			want := strings.Index(l, sign)
			if got := indexSign(l, sign); got != want {
				t.Errorf("indexSign(%q, %q) = %d, want %d", l, sign, got, want)
			}
			if want >= 0 && sign != "-" {
				found++
			}
		}
	}
	if found < 100 {
		t.Errorf("indexSign: %d lines hold a sign of several bytes, want 100 at least", found)
	}
}
