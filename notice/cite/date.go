package cite

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// Date is a civil calendar date with no time zone. A zero Day means the day
// is not known yet (a draft "ngày   tháng 4 năm 2024"); a zero Month means
// only the year is known.
type Date struct {
	Year, Month, Day int
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: int(m), Day: d}
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsComplete reports whether year, month and day are all known.
func (d Date) IsComplete() bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// IsReal reports whether the known parts of d name a real calendar date
// (no 30 February, no month 13). A draft date with a blank day is real when
// its month is.
func (d Date) IsReal() bool {
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	if d.Month == 0 {
		return d.Day == 0
	}
	if d.Month < 1 || d.Month > 12 {
		return false
	}
	return d.Day == 0 || d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// DaysIn returns the number of days in the month of the Gregorian calendar.
func DaysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. Unknown
// parts compare as zero, so callers should compare complete dates, or use
// First and Last.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(d.Month - e.Month)
	}
	return sign(d.Day - e.Day)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// First returns the earliest complete date d can stand for.
func (d Date) First() Date {
	if d.Month == 0 {
		return Date{d.Year, 1, 1}
	}
	if d.Day == 0 {
		return Date{d.Year, d.Month, 1}
	}
	return d
}

// Last returns the latest complete date d can stand for.
func (d Date) Last() Date {
	if d.Month == 0 {
		return Date{d.Year, 12, 31}
	}
	if d.Day == 0 {
		return Date{d.Year, d.Month, DaysIn(d.Year, d.Month)}
	}
	return d
}

// AddDays returns d moved by n days; d must be complete.
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, time.Month(d.Month), d.Day+n, 0, 0, 0, 0, time.UTC))
}

// ISO formats d as YYYY-MM-DD, YYYY-MM or YYYY.
func (d Date) ISO() string {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return d.isoFmt()
	}
	// The keys of the citations are built from it, a few hundred times a
	// notice: written digit by digit, as Sprintf would, without its cost.
	b := make([]byte, 0, 10)
	b = append(b, byte('0'+d.Year/1000), byte('0'+d.Year/100%10), byte('0'+d.Year/10%10), byte('0'+d.Year%10))
	if d.Month == 0 {
		return string(b)
	}
	b = append(b, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	if d.Day == 0 {
		return string(b)
	}
	return string(append(b, '-', byte('0'+d.Day/10), byte('0'+d.Day%10)))
}

// isoFmt is ISO for a date whose fields need more digits than the form
// has, or a sign.
func (d Date) isoFmt() string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// String is ISO.
func (d Date) String() string { return d.ISO() }

// PadDay writes a day as the decree asks: days below 10 get a leading zero
// (spec §5.2).
func PadDay(day int) string {
	if day < 10 {
		return "0" + strconv.Itoa(day)
	}
	return strconv.Itoa(day)
}

// PadMonth writes a month as the decree asks: months 1 and 2 get a leading
// zero, months 3 to 12 do not (spec §5.2).
func PadMonth(month int) string {
	if month < 3 {
		return "0" + strconv.Itoa(month)
	}
	return strconv.Itoa(month)
}

// Short formats d as the short form used in body text, "12/4/2024",
// "22/02/2023", with the decree's padding (spec §11.2). A date without a day
// is written "4/2024"; a year alone "2024".
func (d Date) Short() string {
	switch {
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return PadMonth(d.Month) + "/" + strconv.Itoa(d.Year)
	}
	return PadDay(d.Day) + "/" + PadMonth(d.Month) + "/" + strconv.Itoa(d.Year)
}

// Long formats d as the issuing-date form "ngày 05 tháng 01 năm 2020"
// (spec §5.2). A blank day, as on a draft, is left as blank space (blank)
// for the signer's office to fill in.
func (d Date) Long(blank string) string {
	day := blank
	if d.Day > 0 {
		day = PadDay(d.Day)
	}
	month := blank
	if d.Month > 0 {
		month = PadMonth(d.Month)
	}
	return "ngày " + day + " tháng " + month + " năm " + strconv.Itoa(d.Year)
}

// ErrNotReal says that a well-formed date does not exist on the calendar,
// such as 30/02/2023.
var ErrNotReal = errors.New("not a real calendar date")

// ParseISO reads YYYY-MM-DD or YYYY-MM (day left blank while drafting).
func ParseISO(s string) (Date, error) {
	var d Date
	var err error
	switch len(s) {
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return d, errBadISO(s)
		}
		d.Day, err = strconv.Atoi(s[8:])
		if err != nil {
			return d, errBadISO(s)
		}
		fallthrough
	case 7:
		if s[4] != '-' {
			return d, errBadISO(s)
		}
		if d.Year, err = strconv.Atoi(s[:4]); err != nil {
			return d, errBadISO(s)
		}
		if d.Month, err = strconv.Atoi(s[5:7]); err != nil {
			return d, errBadISO(s)
		}
	default:
		return d, errBadISO(s)
	}
	if !allDigits(s[:4]) || !allDigits(s[5:7]) || len(s) == 10 && !allDigits(s[8:]) {
		return d, errBadISO(s)
	}
	if !d.IsReal() {
		return d, fmt.Errorf("%s: %w", s, ErrNotReal)
	}
	return d, nil
}

func errBadISO(s string) error {
	return fmt.Errorf("%q is not a date of the form YYYY-MM-DD or YYYY-MM", s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// DateMatch is a date found in text.
type DateMatch struct {
	Date     Date
	Off, End int
	Long     bool // "ngày 05 tháng 01 năm 2020" rather than "05/01/2020"
	Text     string
}

var anyDateRe = lazyre.New(`(?i)` + dateRe)

// FindDates returns the full dates in s: "09/01/2023" and "05 tháng 01 năm
// 2020". Dates need not be real; callers check.
func FindDates(s string) []DateMatch {
	if !strings.Contains(s, "/") && !strings.Contains(s, "tháng") {
		return nil
	}
	var out []DateMatch
	for _, m := range findDates(s) { // anyDateRe().FindAllStringSubmatchIndex(s, -1)
		if !numberBoundary(s, m[0], m[1]) {
			continue
		}
		g := submatches(s, m[2:])
		out = append(out, DateMatch{Date: dateFromGroups(g), Off: m[0], End: m[1], Long: g[0] == "", Text: s[m[0]:m[1]]})
	}
	return out
}
