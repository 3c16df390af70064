package check

import "strings"

// writtenDate is a citation's date as the text writes it in figures
// ("08/6/20210", a year typed with a figure too many, which the reading
// of the date stops at four: 08/6/2021), or its date in the short form
// when it is written in words ("ngày 08 tháng 6 năm 2010"). A message
// quotes what the clerk typed, not what was read of it.
func writtenDate(c cited) string {
	t := c.seg.Text[c.DateOff:]
	end := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '/' })
	if end < 0 {
		end = len(t)
	}
	if w := t[:end]; strings.Count(w, "/") == 2 {
		return w
	}
	return c.Date.Short()
}
