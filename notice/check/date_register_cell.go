package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// fullPaddedRe is a date with its day and month both in two figures,
// "05/09/1998", "12/03/1996".
var fullPaddedRe = lazyre.New(`^\d\d/\d\d/\d{4}$`)

// registerCell reports whether a date is a table's cell of its own,
// written in two figures for the day and the month: a column of dates of
// birth or of filing in a list of names, which registers and their
// software keep at one width ("05/09/1998"). The practice date-padding
// tells (the month 3 to 12 in one figure) is the prose's; a cell's date
// padded otherwise ("5/9/1998") is still said.
func registerCell(seg *Seg, date string) bool {
	return seg.Role == RoleCell && strings.TrimSpace(seg.Text) == date && fullPaddedRe().MatchString(date)
}
