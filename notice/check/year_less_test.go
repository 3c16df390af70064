package check

import (
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
)

// yearLessFunc gives a day written without its year its year, as
// cite.YearLess does.
type yearLessFunc func(d, m int, issued cite.Date, r cite.Reach) (cite.Date, bool)

// TestYearLessAsBefore holds cite.YearLess (d88) to the two readings it
// replaced, kept below as they stood at main c4423df7: weekday-date's
// nearestYear (Around) and the deadlines' noYear (Onward). Each is
// asked, with the date of every notice and text of testdata, every day
// and month those texts write ("07/12", "ngày 15 tháng 12") and every
// day 0 to 33 of months 0 to 13; and with every day of 2024 and 2025
// and 15/6/1899 as a notice's date (a draft's blank day and month too)
// over the same grid. A day 0 and a notice of a year before 1900 give
// no deadline now, where noYear gave one.
// Mutants (the reaches swapped, the notice's date a day later) must
// differ, or the comparison shows nothing.
func TestYearLessAsBefore(t *testing.T) {
	cases := yearLessCases(t)
	if bad := yearLessMismatches(cases, cite.YearLess, 5); len(bad) > 0 {
		t.Errorf("%d readings differ from the old code:\n%v", len(bad), bad)
	}
	t.Logf("%d days read each way", len(cases))
	for name, mutant := range map[string]yearLessFunc{
		"reaches swapped": func(d, m int, issued cite.Date, r cite.Reach) (cite.Date, bool) {
			return cite.YearLess(d, m, issued, 1-r)
		},
		"a day later": func(d, m int, issued cite.Date, r cite.Reach) (cite.Date, bool) {
			if issued.IsComplete() && issued.IsReal() {
				issued = issued.AddDays(1)
			}
			return cite.YearLess(d, m, issued, r)
		},
	} {
		if bad := yearLessMismatches(cases, mutant, 1); len(bad) == 0 {
			t.Errorf("mutant %q reads as the old code: the comparison cannot fail", name)
		}
	}
}

type yearLessCase struct {
	d, m   int
	issued cite.Date
}

// yearLessCases are the days the test asks about (TestYearLessAsBefore).
func yearLessCases(t *testing.T) []yearLessCase {
	seen := map[yearLessCase]bool{}
	var out []yearLessCase
	add := func(c yearLessCase) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	issued := map[cite.Date]bool{}
	dayMonth := regexp.MustCompile(`(\d{1,2})\s*/\s*(\d{1,2})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})`)
	for _, v := range testdataViews(t) {
		issued[v.Date] = true
		for _, seg := range withSegs(v.Texts()) {
			for _, m := range dayMonth.FindAllStringSubmatch(seg.Text, -1) {
				d, mon := m[1]+m[3], m[2]+m[4]
				dn, _ := strconv.Atoi(d)
				mn, _ := strconv.Atoi(mon)
				add(yearLessCase{dn, mn, v.Date})
			}
		}
	}
	issued[cite.Date{Year: 1899, Month: 6, Day: 15}] = true
	for day := (cite.Date{Year: 2024, Month: 1, Day: 1}); day.Year < 2026; day = day.AddDays(1) {
		issued[day] = true
		issued[cite.Date{Year: day.Year, Month: day.Month}] = true
		issued[cite.Date{Year: day.Year}] = true
	}
	for date := range issued {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 33; d++ {
				add(yearLessCase{d, m, date})
			}
		}
	}
	return out
}

// yearLessMismatches are the cases where read differs from the old code
// either way, at most limit of them.
func yearLessMismatches(cases []yearLessCase, read yearLessFunc, limit int) []string {
	var bad []string
	for _, c := range cases {
		old, oldOK := nearestYearOld(c.issued, c.d, c.m)
		got, ok := read(c.d, c.m, c.issued, cite.Around)
		ok = ok && got.IsReal()
		if ok != oldOK || ok && cite.DateOf(old) != got {
			bad = append(bad, "Around "+c.String()+": "+got.ISO()+" "+strconv.FormatBool(ok)+", was "+cite.DateOf(old).ISO()+" "+strconv.FormatBool(oldOK))
		}
		oldBy, oldByOK := noYearOld(c.d, c.m, c.issued)
		if c.d < 1 || c.issued.Year < 1900 {
			// "trước ngày 00/12", a notice of "năm 202": no day,
			// no year, read no more (d88).
			oldBy, oldByOK = cite.Date{}, false
		}
		gotBy, byOK := read(c.d, c.m, c.issued, cite.Onward)
		if byOK != oldByOK || byOK && gotBy != oldBy {
			bad = append(bad, "Onward "+c.String()+": "+gotBy.ISO()+" "+strconv.FormatBool(byOK)+", was "+oldBy.ISO()+" "+strconv.FormatBool(oldByOK))
		}
		if len(bad) >= limit {
			break
		}
	}
	return bad
}

func (c yearLessCase) String() string {
	return strconv.Itoa(c.d) + "/" + strconv.Itoa(c.m) + " in a notice of " + c.issued.ISO()
}

// nearestYearOld is weekday_short.go's nearestYear at c4423df7, the
// notice's date given instead of its view.
func nearestYearOld(issuedOn cite.Date, d, m int) (time.Time, bool) {
	if issuedOn.Year < 1900 || issuedOn.Month < 1 {
		return time.Time{}, false
	}
	nd := issuedOn.Day
	if nd == 0 {
		nd = 15 // a draft's day left blank
	}
	issued := time.Date(issuedOn.Year, time.Month(issuedOn.Month), nd, 12, 0, 0, 0, time.UTC)
	for _, y := range []int{issuedOn.Year, issuedOn.Year + 1, issuedOn.Year - 1} {
		date := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
		if date.Day() != d || int(date.Month()) != m {
			return time.Time{}, false // no such day: date rules say so
		}
		gap := date.Sub(issued).Hours() / 24
		if gap <= 92 && gap >= -92 {
			return date, true
		}
	}
	return time.Time{}, false
}

// noYearOld is cite's noYear at c4423df7 without its clause's yearly
// words (read before and after alike): the date it gave.
func noYearOld(d, mon int, issued cite.Date) (cite.Date, bool) {
	if issued.Year < 1 || issued.Month < 1 {
		return cite.Date{}, false
	}
	date := cite.Date{Year: issued.Year, Month: mon, Day: d}
	if date.IsReal() && daysBeforeOld(date, issued) > 31 {
		date.Year++
	}
	return date, true
}

// daysBeforeOld is cite's daysBefore at c4423df7.
func daysBeforeOld(a, b cite.Date) int {
	if b.Day == 0 {
		b.Day = 15
	}
	at := func(d cite.Date) time.Time {
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	}
	return int(at(b).Sub(at(a)).Hours() / 24)
}
