package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
)

// TestDateYearDigitsSaysMoreOrFewer: a year of five digits is told it has
// a digit too many, one of three that it lacks one (round 72's "ngày
// 08/6/20210" was told "không đủ bốn chữ số").
func TestDateYearDigitsSaysMoreOrFewer(t *testing.T) {
	fx := readFixture(t, filepath.Join(lintDir, "date-style-year-digits.txt"))
	want := map[int]string{8: "thừa chữ số", 9: "không đủ bốn chữ số"}
	seen := 0
	for _, f := range lint(t, fx, nil, check.Options{}) {
		w, ok := want[f.Pos.Line]
		if f.Rule != "date-style" || !ok {
			continue
		}
		seen++
		if !strings.Contains(f.Message.VI, w) {
			t.Errorf("line %d: %q does not say %q", f.Pos.Line, f.Message.VI, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%d date-style findings on lines %v, want one each", seen, want)
	}
}
