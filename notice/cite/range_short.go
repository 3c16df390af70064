package cite

import "strings"

// rangeShort reads a period whose first day is written short (the
// alternative range_short of deadlineAlts): the day day of month mon (0
// when the month is left out) before the last day, whose month and year
// it takes. A first day given with a month after the last day's falls
// in the year before: "từ ngày 28/12 đến ngày 05/01/2027". A first day
// alone after the last day is the same month's, and the period runs
// backwards: "từ ngày 26 đến ngày 19 tháng 12 năm 2026" (deadline-date
// says so). A first day of no real month ("từ ngày 19/13 ...") is read as
// written, for deadline-date to tell.
func rangeShort(s string, m []int, last Date, day, mon int) (Deadline, bool) {
	if LunarAfter(s[m[1]:]) {
		return Deadline{}, false
	}
	first := Date{last.Year, mon, day}
	if mon == 0 {
		first.Month = last.Month
	} else if mon > last.Month && mon <= 12 {
		first.Year--
	}
	return Deadline{Kind: Between, Date: first, Until: last}, true
}

// LunarAfter reports whether the text after a date or a period says it
// is told in the lunar calendar ("(âm lịch)", "... âm lịch", "(AL)"): the
// days of a feast are given in both calendars, the lunar one a month or so
// behind, and a period so told is no deadline of the solar one.
func LunarAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " (")
	for _, w := range [...]string{"âm lịch", "Âm lịch", "ÂM LỊCH", "AL)", "ÂL)", "AL.", "ÂL."} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
