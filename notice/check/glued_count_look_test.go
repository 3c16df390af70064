package check

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// TestGluedFigureLooks holds gluedCountRe and gluedQuantityRe behind
// their looks (gluedFigureLooks) to the expressions alone on every line
// of the notices under testdata, and on a few made ones: the looks turn
// away no line an expression reads.
func TestGluedFigureLooks(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"01điểm/câu", "2.000đồng/trang", "3lần", "5 người", "10người", "diện tích227,5m2", "tổng số15", "số lượng 3", "số lượng3", "tổng cộng1.200", "12câu", "4buổi", "2tiết", "1tuần"})
	count := func(l string) bool { c, _ := gluedFigureLooks(l); return c && gluedCountRe().re().MatchString(l) }
	quantity := func(l string) bool { _, q := gluedFigureLooks(l); return q && gluedQuantityRe().re().MatchString(l) }
	testlines.Agree(t, "gluedFigureLooks count", lines, count, gluedCountRe().re().MatchString, 8)
	testlines.Agree(t, "gluedFigureLooks quantity", lines, quantity, gluedQuantityRe().re().MatchString, 4)
	if c, q := gluedFigureLooks("ngày 12/3/2024, số 15"); c || q {
		t.Error("gluedFigureLooks lets through figures glued to no word")
	}
}
