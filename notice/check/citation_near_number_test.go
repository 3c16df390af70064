package check_test

import (
	"strings"
	"testing"
)

// TestNearNumberMessage: a document cited once whose number is an earlier
// citation's but for one figure is told the number it may stand for, not
// only that its date and issuer are missing (x98).
func TestNearNumberMessage(t *testing.T) {
	got, n := fixtureSaid(t, "../../testdata/lint/citation-first-mention-near-number.txt", "citation-first-mention")
	if n != 1 || !strings.Contains(got, "gần giống 171/TB-GĐYK") || !strings.Contains(got, `viết "171/TB-GĐYK"`) {
		t.Errorf("citation-first-mention said %q, want one finding naming 171/TB-GĐYK", got)
	}
}
