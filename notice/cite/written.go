package cite

import (
	"strconv"
	"strings"
)

// ParseWritten reads a date as a document writes it, "15/3/2026",
// "15-3-2026", "15.3.2026", "ngày 15 tháng 3 năm 2026", or, when month is
// set, a month "3/2026" or "tháng 3/2026"; for the messages that give a
// clerk its form in ISO. ok is false unless s is all one real date.
func ParseWritten(s string, month bool) (d Date, ok bool) {
	t := strings.TrimSpace(strings.NewReplacer("-", "/", ".", "/").Replace(s))
	t = strings.TrimSpace(strings.TrimPrefix(t, "ngày"))
	if ms := FindDates(t); len(ms) == 1 && ms[0].Off == 0 && ms[0].End == len(t) {
		return ms[0].Date, ms[0].Date.IsComplete() && ms[0].Date.IsReal()
	}
	m, y, found := strings.Cut(strings.TrimSpace(strings.TrimPrefix(t, "tháng")), "/")
	mm, err1 := strconv.Atoi(m)
	yy, err2 := strconv.Atoi(y)
	if !month || !found || err1 != nil || err2 != nil || len(y) != 4 {
		return Date{}, false
	}
	d = Date{Year: yy, Month: mm}
	return d, mm > 0 && d.IsReal()
}
