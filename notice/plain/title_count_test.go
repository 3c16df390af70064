package plain

import (
	"testing"

	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// titleCountCases are lines a tên loại with its count may be read from,
// and near misses.
var titleCountCases = []string{"THÔNG BÁO SỐ 5", "THÔNG BÁO SỐ 02", "THÔNG BÁO SỐ5", "THÔNG BÁO SỐ 1234", "THÔNG BÁO số 5", "THÔNG BÁO SỐ 5 ", "SỐ 5", "A SỐ 5", "THÔNG BÁO\tSỐ\t7", "5", ""}

// countedTitleByExpr is countedTitle without its look before the
// expression.
func countedTitleByExpr(t string) (int, bool) {
	m := titleCountRe().FindStringSubmatchIndex(t)
	if m == nil || !isTitle(t[m[2]:m[3]]) {
		return 0, false
	}
	return m[3], true
}

func sameCountedTitle(t *testing.T, s string) {
	t.Helper()
	n, ok := countedTitle(s)
	wn, wok := countedTitleByExpr(s)
	if n != wn || ok != wok {
		t.Errorf("countedTitle(%q) = %d, %v; the expression says %d, %v", s, n, ok, wn, wok)
	}
}

// TestCountedTitleAsExpression holds countedTitle to its expression on
// every line of testdata.
func TestCountedTitleAsExpression(t *testing.T) {
	for _, s := range testlines.Read(t, "../../testdata", titleCountCases) {
		sameCountedTitle(t, s)
	}
}

// FuzzCountedTitle holds countedTitle to its expression on any line.
func FuzzCountedTitle(f *testing.F) {
	for _, s := range titleCountCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameCountedTitle(t, s) })
}
