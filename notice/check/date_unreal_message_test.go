package check_test

import (
	"strings"
	"testing"

	"github.com/thongbao/thongbao/notice/diag"
)

// TestDateUnrealYearMessage holds date-style's words on a year of three
// or five digits ("30/8/219", "08/4/20177") to what is wrong with both: a
// year of five digits has enough of them, so "không đủ" misspoke (rv98,
// round 72's "08/6/20210").
func TestDateUnrealYearMessage(t *testing.T) {
	said := map[int]bool{}
	for _, d := range lintFindings(t, "issued/date-unreal.txt") {
		if d.Rule != "date-style" || d.Pos.Line != 13 && d.Pos.Line != 15 {
			continue
		}
		said[d.Pos.Line] = true
		vi, fix := d.Message.In(diag.VI), d.Fix.In(diag.VI)
		if !strings.Contains(vi, "không phải bốn chữ số") || strings.Contains(vi+fix, "đủ") {
			t.Errorf("line %d: %q / %q, want the year said not of four digits", d.Pos.Line, vi, fix)
		}
	}
	if !said[13] || !said[15] {
		t.Errorf("date-style said on lines %v, want 13 and 15", said)
	}
}
