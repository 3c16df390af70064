package cite

import "time"

// A Reach says where a day written without its year ("Thứ Hai (07/12)",
// "trước ngày 15/12") may fall from the date of the notice that writes
// it, which gives the day its year (YearLess).
type Reach int

const (
	// Around: the year that puts the day nearest the notice's date,
	// within a season of it either side: a week's schedule of December
	// names January's days of the next year, a report last month's.
	Around Reach = iota
	// Onward: the notice's year, unless the day then falls more than a
	// month before the notice's date, when it is the next year's: a
	// deadline ("trước ngày 10/01" in a notice of 20/12/2026 is
	// 10/01/2027; "trước ngày 30/6" in one of 20/9/2024 is 30/6/2025).
	// A deadline a few days before its notice is a slip the deadline
	// rules tell ("trước ngày 30/11" in a kết luận of 03/12/2026).
	Onward
)

// reaches bound, in days before and after the notice's date, where a
// day of each Reach may fall.
var reaches = [...]struct{ before, after int }{
	Around: {92, 92},
	Onward: {31, 366},
}

// YearLess is the day d of month m, written without its year in a
// notice issued on issued, in the first of the notice's year, the next
// and the one before that puts it within reach r of the notice's date
// (its 15th when its day is blank, as a draft's is). It is false when
// the notice has no year (or one before 1900, a slip) and month, when
// the day is 0, or when no year
// puts the day within reach. A day the year tried does not have (31/9,
// 29/02/2026) is given that year as written: the date rules tell the
// slip.
func YearLess(d, m int, issued Date, r Reach) (Date, bool) {
	if issued.Year < 1900 || issued.Month < 1 || d < 1 {
		return Date{}, false
	}
	w := reaches[r]
	for _, y := range []int{issued.Year, issued.Year + 1, issued.Year - 1} {
		date := Date{y, m, d}
		if !date.IsReal() {
			return date, true // 31/9, or 29/02 of a year that has none
		}
		if gap := -daysBefore(date, issued); -w.before <= gap && gap <= w.after {
			return date, true
		}
	}
	return Date{}, false
}

// Weekday is the day of the week of a complete, real date.
func (d Date) Weekday() time.Weekday { return timeOf(d).Weekday() }
