package cite

import (
	"strings"
	"time"
)

// FindDeadlinesDated is FindDeadlines(s) for the text of a notice issued
// on issued: a day written without its year ("trước ngày 15/12", "chậm
// nhất ngày 15 tháng 12") is read too, in the year noYear gives it.
func FindDeadlinesDated(s string, issued Date) []Deadline { return findDeadlines(s, issued) }

// yearlyWords say that a day without its year comes back every year:
// "trước ngày 15/12 hằng năm", "hằng năm, trước ngày 15/12".
var yearlyWords = []string{"hằng năm", "hàng năm", "mỗi năm"}

// noYear reads a day without its year at s[off:end], the day d of month
// mon, in a notice issued on issued, in the year YearLess gives a
// deadline (Onward). It is false when the notice has no known year and
// month, or when the clause says the day comes back every year (a
// recurring day, not one deadline).
func noYear(s string, off, end, d, mon int, issued Date) (Deadline, bool) {
	if yearly(s, off, end) {
		return Deadline{}, false
	}
	date, ok := YearLess(d, mon, issued, Onward)
	return Deadline{Kind: By, Date: date}, ok
}

// yearly reports whether the clause around s[off:end] holds one of
// yearlyWords.
func yearly(s string, off, end int) bool {
	start := strings.LastIndexAny(s[:off], ".;") + 1
	stop := len(s)
	if i := strings.IndexAny(s[end:], ".;"); i >= 0 {
		stop = end + i
	}
	clause := strings.ToLower(s[start:stop])
	for _, w := range yearlyWords {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// daysBefore is the number of days a falls before the notice's date b
// (its 15th when its day is blank, as a draft's is); negative after.
func daysBefore(a, b Date) int {
	if b.Day == 0 {
		b.Day = 15
	}
	return int(timeOf(b).Sub(timeOf(a)).Hours() / 24)
}

func timeOf(d Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}
