package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestDotJoinedFix: a ký hiệu whose groups a period joins ("TB.TTCĐS")
// is told to join them with "-", not that it has one group; the start
// binary said the latter, with a fix ending in a bare "-".
func TestDotJoinedFix(t *testing.T) {
	var msgs []string
	for _, fd := range fixtureFindings(t, "../../testdata/lint/number-format-dot-joined.txt", "number-format") {
		msgs = append(msgs, fd.Message.In(diag.VI)+" | "+fd.Fix.In(diag.VI))
	}
	got := strings.Join(msgs, "\n")
	if len(msgs) != 1 || !strings.Contains(got, "bằng dấu chấm") || !strings.Contains(got, `viết "Số: 128/TB-TTCĐS"`) {
		t.Errorf("number-format said %q, want one finding whose fix is \"Số: 128/TB-TTCĐS\"", got)
	}
}
