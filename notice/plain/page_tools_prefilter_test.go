package plain

import (
	"strings"
	"testing"
)

// TestMayHoldStamp holds mayHoldStamp, the prefilter of gluedStampRe, to
// the expression: no line it turns away is one the expression matches,
// over every line the reading tests read and a few stamps.
func TestMayHoldStamp(t *testing.T) {
	lines := testdataLines(t,
		"False 40385Ngày cập nhật 13/03/2020",
		"Tin tức2Cập nhật lúc 08:51 17/04/2018",
		"x1Ngày đăng tin: 17/04/2018 08:51",
		"ABCĐăng lúc 1/2/2020",
		"aCập nhật ngày 1/1/2021 - 10:20",
	)
	matched := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if gluedStampRe().MatchString(l) {
			matched++
			if !mayHoldStamp(l) {
				t.Errorf("mayHoldStamp turns away %q, which gluedStampRe matches", l)
			}
		}
	}
	if matched < 5 {
		t.Errorf("gluedStampRe matched %d lines, want the 5 stamps at least", matched)
	}
}
