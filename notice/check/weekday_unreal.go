package check

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// weekdayUnreal reports, for weekday-date, a day of the week written
// beside a date that does not exist ("Thứ Năm, ngày 32 tháng 01 năm
// 2027", a schedule's row): the day cannot be checked against it, and
// the date is the slip. A deadline's date is deadline-date's to say.
func weekdayUnreal(p *Pass, seg *Seg, at int, date cite.Date) {
	if date.Year < 1900 {
		return
	}
	for _, d := range deadlines(p.View) {
		if d.Off <= at && at < d.End && d.seg.Text == seg.Text && d.seg.PosAt(0) == seg.PosAt(0) {
			return
		}
	}
	p.Report(seg, at, unrealDate(diag.Msg("ngày", "the date"), date),
		diag.Msg("sửa lại ngày theo lịch", "correct the date from the calendar"))
}
