package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestPhraseTypoWeekdayCase: phrase-typo's fix for a misspelt weekday
// keeps "thứ" in a small letter inside a sentence and in brackets, as
// special-noun asks ("thứ Bảy"), and gives it its capital where a line
// starts with it.
func TestPhraseTypoWeekdayCase(t *testing.T) {
	for src, want := range map[string]string{
		"+ Ngày 18/5/2024 (Thứ bẩy): tiêm tại thôn Xuân Chiếng.": `"thứ Bảy"`,
		"Thứ bẩy: tiêm tại thôn Xuân Chiếng.":                    `"Thứ Bảy"`,
	} {
		f, err := plain.Read("a.txt", []byte(src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule == "phrase-typo" {
				found = true
				if !strings.Contains(d.Fix.VI, want) {
					t.Errorf("%q: fix %q, want %s", src, d.Fix.VI, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no phrase-typo finding", src)
		}
	}
}

// TestPhraseTypoCommaKeepsCapitals: a pair written without its comma is
// given back with the comma and the writer's own capitals ("các Bộ,
// ngành", the Government's usage), not the list's small letters.
func TestPhraseTypoCommaKeepsCapitals(t *testing.T) {
	for src, want := range map[string]string{
		"Rà soát nhiệm vụ của các Bộ ngành trong quản lý nhà nước.": `"các Bộ, ngành"`,
		"Rà soát nhiệm vụ của các bộ ngành trong quản lý nhà nước.": `"các bộ, ngành"`,
		"Sửa đổi bổ sung một số điều của Quy chế.":                  `"Sửa đổi, bổ sung"`,
	} {
		f, err := plain.Read("a.txt", []byte(src+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule == "phrase-typo" {
				found = true
				if !strings.Contains(d.Fix.VI, want) {
					t.Errorf("%q: fix %q, want %s", src, d.Fix.VI, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no phrase-typo finding", src)
		}
	}
}
