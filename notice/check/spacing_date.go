package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// spacedDateRe is a short date with a space beside a slash ("20/11/
// 2019", "23 / 7 /2015") or inside its year ("16/7/20 21").
// It is tried only where a number starts (a leadExpr): run over a whole
// text, the regexp package tried its lead class from every byte.
var spacedDateRe = sync.OnceValue(func() *leadExpr {
	return newLeadExpr(``, `[^\d/]`, `(\d{1,2} ?/ ?\d{1,2} ?/ ?(?:\d{4}|(?:19|20) \d{2}))(?:[^\d/]|$)`)
})

// spacedDates reports a date whose only fault is a space inside it: the
// date without the spaces is written as the decree's short form
// ("20/11/ 2019" for "20/11/2019", "16/7/20 21" for "16/7/2021"). A
// date padded otherwise too ("30/ 06/2017") is date-padding's, whose fix
// mends both.
func spacedDates(p *Pass, seg *Seg) {
	text := seg.Text
	if !strings.Contains(text, "/") {
		return
	}
	for _, m := range spacedDateRe().findAllIn(p.View, text) {
		written := text[m[2]:m[3]]
		if !strings.Contains(written, " ") {
			continue
		}
		closed, ok := spacedDateFix(written)
		if !ok {
			continue
		}
		p.Report(seg, m[2], diag.Msg("dấu cách thừa trong ngày %q", "a stray space inside the date %q", written),
			diag.Msg("viết liền %q", "write it closed up, %q", closed))
	}
}

// spacedDateFix returns the date written without its spaces, when that
// is a real date in its short form.
func spacedDateFix(written string) (string, bool) {
	closed := strings.ReplaceAll(written, " ", "")
	ds := cite.FindDates(closed)
	if len(ds) != 1 || ds[0].Text != closed || ds[0].Long || !ds[0].Date.IsReal() || ds[0].Date.Short() != closed {
		return "", false
	}
	return closed, true
}
