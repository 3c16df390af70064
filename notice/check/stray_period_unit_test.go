package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDigitDotUnitNecessary holds digitDotUnit to unitStopRe: a line the
// look turns away is a line the expression finds nothing in.
func TestDigitDotUnitNecessary(t *testing.T) {
	lines := []string{
		"16 giờ 30.phút", "15.ngày", "(3.tháng", "2.đồng", "5.người", "2.lần", "1.tuần", "4.năm", "9.giây",
		"1.000 đồng", "2.5 ngày", "02.jpg", "ngày 15.", "",
	}
	paths, err := filepath.Glob("../../testdata/corpus/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	hits := 0
	for _, l := range lines {
		found := unitStopRe().MatchString(l)
		if found && !digitDotUnit(l) {
			t.Errorf("digitDotUnit turns away %q, where unitStopRe finds a unit", l)
		}
		if found {
			hits++
		}
	}
	if hits < 9 {
		t.Errorf("unitStopRe found %d lines, want the nine made up at least", hits)
	}
}
