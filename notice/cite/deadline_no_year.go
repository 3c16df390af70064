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
// mon, in a notice issued on issued: the notice's year, unless the day
// then falls more than noYearSlip days before the notice's date, when it
// is the next year's ("trước ngày 10/01" in a notice of 20/12/2026 is
// 10/01/2027; "trước ngày 30/6" in one of 20/9/2024 is 30/6/2025). A
// deadline a few days before its notice is a slip the deadline rules
// tell ("trước ngày 30/11" in a kết luận of 03/12/2026). It is false
// when the notice has no known year and month, or when the clause says
// the day comes back every year (a recurring day, not one deadline).
func noYear(s string, off, end, d, mon int, issued Date) (Deadline, bool) {
	if issued.Year < 1 || issued.Month < 1 || yearly(s, off, end) {
		return Deadline{}, false
	}
	date := Date{issued.Year, mon, d}
	if date.IsReal() && daysBefore(date, issued) > noYearSlip {
		date.Year++
	}
	return Deadline{Kind: By, Date: date}, true
}

// noYearSlip is how many days before its notice's date a day without its
// year may fall and still be of the notice's year: a month.
const noYearSlip = 31

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
