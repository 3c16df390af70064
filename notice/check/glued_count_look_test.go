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
	v := &View{}
	count := func(l string) bool { c, _ := gluedFigureLooks(v, l); return c && gluedCountRe().re().MatchString(l) }
	quantity := func(l string) bool { _, q := gluedFigureLooks(v, l); return q && gluedQuantityRe().re().MatchString(l) }
	testlines.Agree(t, "gluedFigureLooks count", lines, count, gluedCountRe().re().MatchString, 8)
	testlines.Agree(t, "gluedFigureLooks quantity", lines, quantity, gluedQuantityRe().re().MatchString, 4)
	if c, q := gluedFigureLooks(v, "ngày 12/3/2024, số 15"); c || q {
		t.Error("gluedFigureLooks lets through figures glued to no word")
	}
}

// TestGluedFigureLooksAsScanned holds the looks read from the runs of
// figures to the scan of every byte they replaced (gluedFigureLooksScanned,
// the code of c4423df7) on every line of testdata and on made lines
// (figures at a text's ends, glued to both sides, runs of one figure, a
// figure after "ố" and "đ", lines of figures only).
func TestGluedFigureLooksAsScanned(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"1", "12", "1đ", "số1", "tích2n", "a1b2c3", "1l", "1t2", "ố1", "2đồng", "12 34", "g123c", "x9", "9x", "số15 lần", "tổng số 15người"})
	v := &View{}
	either := 0
	for _, l := range lines {
		c, q := gluedFigureLooks(v, l)
		wc, wq := gluedFigureLooksScanned(l)
		if c != wc || q != wq {
			t.Errorf("gluedFigureLooks(%q) = %v, %v; the scan gives %v, %v", l, c, q, wc, wq)
		}
		if wc || wq {
			either++
		}
	}
	if either < 100 {
		t.Errorf("%d lines with a look, want 100 at least", either)
	}
}

// gluedFigureLooksScanned is gluedFigureLooks as it stood at c4423df7,
// every byte of s asked.
func gluedFigureLooksScanned(s string) (count, quantity bool) {
	for i := 0; i < len(s) && !(count && quantity); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if i+1 < len(s) {
			switch s[i+1] {
			case 0xC4, 'n', 'l', 't', 'b', 'c': // "đ" is C4 91
				count = true
			}
		}
		if i > 0 {
			switch s[i-1] {
			case 'h', 'g', 0x91: // "ố" is E1 BB 91
				quantity = true
			}
		}
	}
	return count, quantity
}
