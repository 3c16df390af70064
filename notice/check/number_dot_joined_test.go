package check_test

import (
	"strings"
	"testing"
)

// TestDotJoinedFix: a ký hiệu whose groups a period joins ("TB.TTCĐS")
// is told to join them with "-", not that it has one group; the start
// binary said the latter, with a fix ending in a bare "-".
func TestDotJoinedFix(t *testing.T) {
	got, n := fixtureSaid(t, "../../testdata/lint/number-format-dot-joined.txt", "number-format")
	if n != 1 || !strings.Contains(got, "bằng dấu chấm") || !strings.Contains(got, `viết "Số: 128/TB-TTCĐS"`) {
		t.Errorf("number-format said %q, want one finding whose fix is \"Số: 128/TB-TTCĐS\"", got)
	}
}
