package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// spacedDashDateRe is a date after "ngày" written with dashes that
// sepDates does not take: an en or em dash, or a hyphen with spaces round
// it ("ngày 20 – 7 – 2021", "ngày 20 - 7 - 2021", "ngày 20–7–2021"). The
// same mark parts day, month and year; a day, a month and a year of four
// figures, nothing of a word after the year.
//
// It is tried only where "ngày" starts after the start of the text or a
// space, bracket, comma or semicolon (a leadExpr): run over a whole text,
// the regexp package tried its lead class from every byte.
var spacedDashDateRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(`(?i)`, `[\s(,;]`, `ngày\s+(\d{1,2})( ?[–—] ?| - )(\d{1,2})( ?[–—] ?| - )(\d{4})(?:[^\d_\p{L}]|$)`, "ngày")
})

// dateSpacedDash reports, for date-style, a date written with dashes and
// spaces ("từ ngày 20 – 7 – 2021"): dates are written "ngày 20/7/2021" or
// "ngày 20 tháng 7 năm 2021". A Party document is left to its own rules,
// as dateDotted leaves it.
func dateSpacedDash(p *Pass, seg *Seg) {
	if p.View.Party || !p.View.holds(seg.Text, litGay) && !p.View.holds(seg.Text, litGayCaps) {
		return
	}
	if !containsLit(seg.Text, " - ") && !strings.Contains(seg.Text, "–") && !strings.Contains(seg.Text, "—") {
		return
	}
	for _, m := range spacedDashDateRe().findAllIn(p.View, seg.Text) {
		if seg.Text[m[4]:m[5]] != seg.Text[m[8]:m[9]] || quoted(seg.Text, m[2]) || afterPartyNumber(seg.Text, m[0]) {
			continue
		}
		d, mo, y := seg.Text[m[2]:m[3]], seg.Text[m[6]:m[7]], seg.Text[m[10]:m[11]]
		written := seg.Text[m[2]:m[11]]
		p.Report(seg, m[2], diag.Msg("ngày %q viết bằng dấu gạch", "the date %q is written with dashes", written),
			diag.Msg("viết %q", "write %q", d+"/"+mo+"/"+y))
	}
}

// litGay and litGayCaps: "ngày", "Ngày", "NGÀY".
var litGay, litGayCaps = newLiteral("gày"), newLiteral("GÀY")
