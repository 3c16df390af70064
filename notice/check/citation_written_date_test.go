package check_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/diag"
)

// TestLegalYearQuotesWrittenDate holds citation-legal-year to the date as
// typed: round 72's "63/2010/NĐ-CP ngày 08/6/20210" was said dated
// "08/6/2021", the fifth figure dropped by the reading (j72, rv98).
func TestLegalYearQuotesWrittenDate(t *testing.T) {
	found := false
	fx := readFixture(t, filepath.Join(lintDir, "corpus", "round72", "laichau-ubnd-qd-duthao-tthc-2025-09.txt"))
	for _, d := range lint(t, fx, nil, check.Options{}) {
		if d.Rule != "citation-legal-year" || d.Pos.Line != 15 {
			continue
		}
		found = true
		if vi, en := d.Message.In(diag.VI), d.Message.In(diag.EN); !strings.HasSuffix(vi, "08/6/20210") || !strings.HasSuffix(en, "08/6/20210") {
			t.Errorf("%q / %q, want the date quoted as typed, 08/6/20210", vi, en)
		}
	}
	if !found {
		t.Error("no citation-legal-year on line 15")
	}
}
