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
