package check

import (
	"strconv"

	"github.com/thongbao/thongbao/notice/diag"
)

// dateMonthDot reports a month and its year joined by a full stop after
// "tháng" ("chuẩn đầu ra tháng 12.2020"): a month's year in figures
// follows a "/" ("tháng 12/2020"), or is written in words ("tháng 12 năm
// 2020"); a full stop between figures parts thousands or decimals. Read
// only a month of 1 to 12 and a year of four figures from 1900, nothing
// of a figure after it ("tháng 12.2020.5" is no date) nor a file's
// extension ("Báo cáo tháng 12.2020.docx" names a file).
func dateMonthDot(p *Pass, seg *Seg) {
	for _, thang := range []string{"tháng ", "Tháng "} {
		text := seg.Text
		for from := 0; ; {
			i := indexLit(text[from:], thang)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(thang)
			month, year, ok := monthDotYear(text[from:])
			if !ok || letterBefore(text[:at]) {
				continue
			}
			written := thang + month + "." + year
			p.Report(seg, at, diag.Msg("%q nối tháng và năm bằng dấu chấm", "%q joins the month and its year with a full stop", written),
				diag.Msg("viết %q hoặc %q", "write %q or %q", thang+month+"/"+year, thang+month+" năm "+year))
		}
	}
}

// monthDotYear reads the month and year that s opens with, "12.2020":
// a month of one or two figures (1 to 12), a full stop, a year of four
// figures from 1900, then no figure, "/", or full stop followed by a
// figure or a Latin letter (an extension, ".pdf").
func monthDotYear(s string) (string, string, bool) {
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	if n < 1 || n > 2 || n+5 > len(s) || s[n] != '.' {
		return "", "", false
	}
	year := s[n+1 : n+5]
	for i := range len(year) {
		if !isDigit(year[i]) {
			return "", "", false
		}
	}
	rest := s[n+5:]
	if rest != "" && (isDigit(rest[0]) || rest[0] == '/' || rest[0] == '.' && len(rest) > 1 && (isDigit(rest[1]) || isASCIILetter(rest[1]))) {
		return "", "", false
	}
	m, _ := strconv.Atoi(s[:n])
	y, _ := strconv.Atoi(year)
	return s[:n], year, m >= 1 && m <= 12 && y >= 1900
}
