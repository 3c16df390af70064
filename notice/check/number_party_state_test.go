package check_test

import (
	"os"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/plain"
)

// TestPartyStateNumberFix: a Đảng ủy's notice numbered "Số 128/TB-ĐU"
// was told the decree's colon ("viết "Số: 128/TB-ĐU-#""); it is told the
// Party's form, its own lead kept.
func TestPartyStateNumberFix(t *testing.T) {
	base, err := os.ReadFile("../../testdata/lint/number-party-state-form-lawful.txt")
	if err != nil {
		t.Fatal(err)
	}
	for line, fix := range map[string]string{
		"Số 128/TB-ĐU":     `viết "Số 128-TB/ĐU"`,
		"Số: 128/TB-ĐU":    `viết "Số: 128-TB/ĐU"`,
		"Số 128/TB-ĐU-VP":  `viết "Số 128-TB/ĐU-VP"`,
		"Số: 128/TB-ĐU-VP": `viết "Số: 128-TB/ĐU-VP"`,
	} {
		src := strings.Replace(string(base), "Số: 128-TB/ĐU", line, 1)
		f, err := plain.Read("a.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range check.Text(f, nil, check.Options{}) {
			if d.Rule == "number-format" {
				got = append(got, d.Fix.VI)
			}
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], fix) {
			t.Errorf("%q: number-format fixes %q, want one %s", line, got, fix)
		}
	}
}
