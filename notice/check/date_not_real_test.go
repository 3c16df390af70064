package check

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/testlines"
)

// unrealIn reports whether s holds a whole date that does not exist, as
// dateNotReal reads them before its test.
func unrealIn(s string) bool {
	for _, d := range cite.FindDates(s) {
		if !d.Date.IsReal() {
			return true
		}
	}
	return false
}

// TestMayBeUnreal holds mayBeUnreal to the dates' reading: no line of
// testdata, and none of thousands of made dates, holds a date that does
// not exist where the test says none can be.
func TestMayBeUnreal(t *testing.T) {
	lines := testlines.Read(t, "../../testdata", []string{"ngày 31/11/2026", "30/02/2027", "12/25/2026", "ngày 29 tháng 2 năm 2027", "17/13/2027", "ngày 31 tháng 6"})
	r := rand.New(rand.NewPCG(93, 1))
	for range 20000 {
		d, m, y := strconv.Itoa(r.IntN(40)), strconv.Itoa(r.IntN(16)), strconv.Itoa(1990+r.IntN(50))
		if r.IntN(2) == 0 {
			lines = append(lines, "vào ngày "+d+"/"+m+"/"+y+",")
		} else {
			lines = append(lines, "ngày "+d+" tháng "+m+" năm "+y)
		}
	}
	for _, s := range lines {
		if unrealIn(s) && !mayBeUnreal(s) {
			t.Errorf("mayBeUnreal(%q) = false, but the line holds a date that does not exist", s)
		}
	}
}
