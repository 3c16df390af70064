package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// slashDateLineRe is a place and date typed with slashes, as a school
// types it at the foot: "Châu Can, ngày 6/3/2020", "Châu Can, 6/3/2020".
// It is the date of issue, in a form date-format says is not the decree's.
var slashDateLineRe = lazyre.New(`(?i)^[^,]{2,40},\s*(?:ngày\s*)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\.?$`)

// slashPlaceDate reports whether text is a place and date with slashes.
func slashPlaceDate(text string) bool {
	return slashDateLineRe().MatchString(strings.TrimSpace(text))
}

// slashDate takes the date of issue from a header line with slashes; it
// reports whether it did.
func (v *View) slashDate(s Seg) bool {
	m := slashDateLineRe().FindStringSubmatch(strings.TrimSpace(s.Text))
	if m == nil {
		return false
	}
	seg := s
	v.DateSeg = &seg
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	v.Date = cite.Date{Year: year, Month: month, Day: day}
	return true
}
