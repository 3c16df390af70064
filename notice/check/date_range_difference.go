package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// differenceWords name a difference between two figures read on two
// days: "Chênh lệch (30/11/2026 - 31/12/2025)", "Biến động số dư quỹ
// (30/11/2026 - 31/12/2025)", "Tăng/giảm (...)".
var differenceWords = []string{"chênh lệch", "biến động", "tăng/giảm", "tăng, giảm", "tăng (+), giảm (-)",
	"tăng (+)/giảm (-)", "tăng giảm", "số dư", "so sánh"}

// differenceOf reports whether the two dates from off to end stand in
// brackets after words of differenceWords in the same cell or clause: a
// column of balances headed by the later day minus the earlier (a
// figure table's "(30/11/2026 - 31/12/2025)"), no span of time (t95, rv94
// left it).
func differenceOf(s string, off, end int) bool {
	before := strings.TrimRight(s[:off], " ")
	if !strings.HasSuffix(before, "(") || !strings.HasPrefix(strings.TrimLeft(s[end:], " "), ")") {
		return false
	}
	before = before[:len(before)-1]
	if k := strings.LastIndexAny(before, "|\t;.:"); k >= 0 {
		before = before[k+1:] // the cell or clause the bracket closes
	}
	f := cite.Fold(before)
	for _, w := range differenceWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}
