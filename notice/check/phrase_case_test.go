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
