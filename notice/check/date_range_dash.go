package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// dashRangesBackwards reports, for deadline-date, two whole dates joined
// by a dash whose second comes before its first: a schedule's cell
// "08/12/2026 - 06/12/2026", "ngày 20/12/2026 – 18/12/2026". Such a span is
// no deadline cite reads ("từ ... đến ..." is), so the check of a
// backwards period misses it; both days exist, and the slip is most often
// a digit of the day or the month. A span opened with "từ" is read as a
// deadline already ("từ ngày 20/12/2026 - 18/12/2026"): deadlineDate
// says it (readPeriod).
func dashRangesBackwards(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleArchive || seg.Role == RoleRecipient || strings.IndexByte(seg.Text, '/') < 0 && !strings.Contains(seg.Text, "tháng") {
			continue
		}
		ds := p.View.datesOf(seg.Text)
		for k := 1; k < len(ds); k++ {
			a, b := ds[k-1], ds[k]
			if !a.Date.IsReal() || !b.Date.IsReal() || b.Date.Compare(a.Date) >= 0 || !dashBetween(seg.Text[a.End:b.Off]) || quoted(seg.Text, a.Off) || cite.LunarAfter(seg.Text[b.End:]) ||
				differenceOf(seg.Text, a.Off, b.End) || readPeriod(p.View, seg, a.Off) { // date_range_difference.go
				continue
			}
			span := seg.Text[a.Off:b.End]
			p.Report(seg, a.Off, diag.Msg("khoảng thời gian %q kết thúc trước ngày bắt đầu", "the period %q ends before it starts", span),
				diag.Msg("kiểm tra lại ngày, tháng của ngày bắt đầu và ngày kết thúc", "check the day and month of its first and last days"))
		}
	}
}

// dashBetween reports whether what stands between two dates is a dash
// alone, with spaces or none, or "đến" after one ("- ngày").
func dashBetween(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSpace(strings.TrimSuffix(s, "ngày"))
	return s == "-" || s == "–"
}

// readPeriod reports whether a period cite reads in seg holds offset off:
// its first day is read as a deadline's, and deadlineDate tells it.
func readPeriod(v *View, seg *Seg, off int) bool {
	for _, d := range deadlines(v) {
		if d.seg == seg && d.Kind == cite.Between && d.Off <= off && off < d.End {
			return true
		}
	}
	return false
}
