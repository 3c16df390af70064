package check

import (
	"regexp"
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// dottedDateRe finds a date written with periods after "ngày":
// "ngày 03.12.2007".
var dottedDateRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|[\s(,;])ngày\s+(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
})

// dateDotted reports, for date-style, a date written with periods
// ("ngày 03.12.2007"): dates are written "ngày 03/12/2007" or "ngày 03
// tháng 12 năm 2007".
func dateDotted(p *Pass, seg *Seg) {
	if !strings.Contains(seg.Text, "ngày") && !strings.Contains(seg.Text, "Ngày") {
		return
	}
	for _, m := range dottedDateRe().FindAllStringSubmatchIndex(seg.Text, -1) {
		if quoted(seg.Text, m[2]) {
			continue // as the quoted document writes it
		}
		d, mo, y := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]], seg.Text[m[6]:m[7]]
		p.Report(seg, m[2], diag.Msg("ngày %q viết bằng dấu chấm", "the date %q is written with periods", d+"."+mo+"."+y),
			diag.Msg("viết %q", "write %q", d+"/"+mo+"/"+y))
	}
}
