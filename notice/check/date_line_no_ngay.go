package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// noNgayDateLineRe is the place and date of a header typed without the
// word "ngày": "Bắc Ninh, 04 tháng 12 năm 2026". It is the date of issue
// all the same (header reads it), in a form date-format says is not the
// decree's; with no date line read, required said the place and the date
// were missing, though both are there.
var noNgayDateLineRe = lazyre.New(`^([^,\d]{2,40}),\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$`)

// noNgayDate takes the date of issue from a header line without "ngày";
// it reports whether it did.
func (v *View) noNgayDate(s Seg) bool {
	m := noNgayDateLineRe().FindStringSubmatch(strings.TrimSpace(s.Text))
	if m == nil {
		return false
	}
	seg := s
	v.DateSeg = &seg
	day, _ := strconv.Atoi(m[2])
	month, _ := strconv.Atoi(m[3])
	year, _ := strconv.Atoi(m[4])
	v.Date = cite.Date{Year: year, Month: month, Day: day}
	return true
}

// dateLineNoNgay says, for date-format, a date line without "ngày", with
// the line as the decree writes it; it reports whether it did.
func dateLineNoNgay(p *Pass, s *Seg) bool {
	t := strings.TrimSpace(s.Text)
	m := noNgayDateLineRe().FindStringSubmatch(t)
	if m == nil {
		return false
	}
	want := strings.TrimSpace(m[1]) + ", ngày " + padDay(m[2]) + " tháng " + padMonth(m[3]) + " năm " + m[4]
	at := strings.Index(s.Text, m[2]+" ")
	p.Report(s, max(0, at), diag.Msg("dòng địa danh, ngày thiếu chữ \"ngày\" trước %q", "the date line lacks \"ngày\" before %q", m[2]),
		diag.Msg("viết %q", "write %q", want))
	return true
}
