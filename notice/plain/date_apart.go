package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var (
	// placeDayRe is a place and date line broken after "ngày": "Sóc
	// Trăng, ngày", as a legal library breaks the header's cell.
	placeDayRe = lazyre.New(`(?i)^[^,]{2,40},\s*ngày$`)
	// dayRestRe is the rest of the date on the line below it: "27 tháng 09
	// năm 2022", with nothing after the year.
	dayRestRe = lazyre.New(`(?i)^\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$`)
)

// dateApart reports whether l is the rest of a place and date broken
// after "ngày" on the header's last line, which it then joins: in a
// header under a title, or at the top of a text whose title the reader
// does not know.
func (r *reader) dateApart(l line) bool {
	if r.st != inHeader && r.st != inTop || !placeDayRe().MatchString(strings.TrimSpace(r.lastText(Header))) ||
		!dayRestRe().MatchString(strings.TrimSpace(l.text)) {
		return false
	}
	r.join(l, " ")
	return true
}

// dateBrokenBelow reports whether t, a line at the top of a text, is a
// place and date that stops before its year ("Hà Nội, ngày", "Hà Nội,
// ngày 14") and the next line with text is the rest of it ("28 tháng 02
// năm 2017", "tháng 05 năm 2013"): a header's cell a legal library broke.
func (r *reader) dateBrokenBelow(t string) bool {
	if !dateOpenRe().MatchString(strings.TrimSpace(t)) {
		return false
	}
	for _, n := range r.lines[r.at+1:] {
		if n.cells != nil {
			return false
		}
		if nt := strings.TrimSpace(n.text); nt != "" && nt != "|" {
			return dayRestRe().MatchString(nt) || dateTailRe().MatchString(nt)
		}
	}
	return false
}
