package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/plain"
)

// paperPrint reports whether a page's line over the notice is a
// newspaper's byline stamp (plain.PaperStamp) or its date line after a
// weekday (plain.WeekdayStamp): the text is the paper's
// print, whose house style, not the office's, sets its dates.
func (v *View) paperPrint() bool {
	for _, s := range v.Pages {
		if t := strings.TrimSpace(s.Text); plain.PaperStamp(t) || plain.WeekdayStamp(t) {
			return true
		}
	}
	return false
}
