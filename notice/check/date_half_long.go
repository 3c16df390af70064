package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// halfLongDayRe is the days of a date in words that end right before its
// "tháng": "ngày 12, 13 ", "ngày 05 và 06 ", "ngày 12 ".
var halfLongDayRe = lazyre.New(`(?i)(?:^|[^\p{L}])(ngày \d{1,2}(?:(?:, ?| và | - | – |-|–)\d{1,2})*) $`)

// monthSlashYearRe is a month and its year in figures after "tháng ":
// "11/2020".
var monthSlashYearRe = lazyre.New(`^(\d{1,2})/(\d{4})(?:[^\d/]|$)`)

// dateHalfLong reports a date begun in words and ended in figures
// ("ngày 12, 13 tháng 11/2020", r71): the day after "ngày" and "tháng",
// the month and year parted by "/". Its own two forms are "ngày 12 và
// 13 tháng 11 năm 2020" and "ngày 12 và 13/11/2020". A month alone
// ("trong tháng 11/2020") and a holiday's name in figures ("ngày 30/4
// năm 2022") are left. A date in capitals ("NGÀY 5 THÁNG 11/2020", in a
// heading or a trích yếu) is read so too, its fix in capitals.
//
// The month's word is read in any of its three cases ("Tháng" inside a
// date, r73, as "THÁNG" after "ngày"): the fix writes "tháng" and "năm"
// in the case of "ngày" as written, in capitals after "NGÀY" and in small
// letters otherwise ("ngày 5 tháng 11 năm 2020" for "ngày 5 Tháng
// 11/2020" and for "ngày 5 THÁNG 11/2020").
func dateHalfLong(p *Pass, seg *Seg) {
	dateHalfLongIn(p, seg, "tháng ")
	dateHalfLongIn(p, seg, "Tháng ")
	dateHalfLongIn(p, seg, "THÁNG ")
}

// dateHalfLongIn is dateHalfLong for the month's word written as thang
// ("tháng ", "Tháng " or "THÁNG ").
func dateHalfLongIn(p *Pass, seg *Seg, thang string) {
	text := seg.Text
	for from := 0; ; {
		i := indexLit(text[from:], thang)
		if i < 0 {
			return
		}
		at := from + i
		from = at + len(thang)
		if at < 2 || text[at-1] != ' ' || !isDigit(text[at-2]) || !monthSlashYear(text[from:]) {
			continue // "trong tháng 11/2020": no day before the month
		}
		m := monthSlashYearRe().FindStringSubmatch(text[from:])
		if m == nil {
			continue
		}
		base := max(0, at-40)
		d := halfLongDayRe().FindStringSubmatchIndex(text[base:at])
		if d == nil {
			continue
		}
		start := base + d[2]
		ngay := text[start : start+len("ngày ")] // as written: "Ngày" opening a sentence keeps its capital
		days := text[start+len(ngay) : base+d[3]]
		written := text[start:from] + m[1] + "/" + m[2]
		month, nam := "tháng ", " năm "
		if strings.HasPrefix(ngay, "NGÀY") {
			month, nam = "THÁNG ", " NĂM "
		}
		p.Report(seg, start, diag.Msg("%q viết nửa bằng chữ, nửa bằng số", "%q is written half in words, half in figures", written),
			diag.Msg("viết %q hoặc %q", "write %q or %q", ngay+days+" "+month+m[1]+nam+m[2], ngay+days+"/"+m[1]+"/"+m[2]))
	}
}

// monthSlashYear reports whether s opens with one or two figures, a "/"
// and a figure: monthSlashYearRe's look before it is tried.
func monthSlashYear(s string) bool {
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	return n >= 1 && n <= 2 && n+1 < len(s) && s[n] == '/' && isDigit(s[n+1])
}
