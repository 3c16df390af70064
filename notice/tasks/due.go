package tasks

import (
	"strconv"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
)

// DueKind says what a task's deadline is.
type DueKind int

const (
	DueNone      DueKind = iota // no deadline
	DueDate                     // done by a day (Date), within a window from Start when it has one
	DueStart                    // starting at a day (Start), with no end
	DueRecurring                // recurring, by Rule, first at Start
)

// ID is the kind's language-neutral name.
func (k DueKind) ID() string {
	return [...]string{"none", "date", "start", "recurring"}[k]
}

// Due is a task's deadline resolved to days.
type Due struct {
	Kind  DueKind
	Text  string    // the words of the notice ("trước ngày 28/02/2023"); the canonical words for a structured deadline
	Start cite.Date // the first day: of a month, quarter or range; the start; a recurring task's first time
	Date  cite.Date // DueDate: the last day, the deadline
	Rule  Rule      // DueRecurring: how it recurs
	Long  bool      // a long-term task, over years: "đến năm 2030", "giai đoạn 2026-2030"
}

// Rule is how a recurring task recurs, as RFC 5545 writes it.
type Rule struct {
	Freq       string // "DAILY", "WEEKLY", "MONTHLY", "YEARLY"
	Interval   int    // periods between two times; 0 or 1 for each
	ByMonthDay int    // the day of the month (-1: the last); 0 when none
	ByMonth    int    // YEARLY: the month; 0 when none
	ByDay      string // WEEKLY: the weekday ("FR"); "" when none
}

// String returns the rule as an RRULE value: "FREQ=MONTHLY;BYMONTHDAY=20".
func (r Rule) String() string {
	if r.Freq == "" {
		return ""
	}
	parts := []string{"FREQ=" + r.Freq}
	if r.Interval > 1 {
		parts = append(parts, "INTERVAL="+strconv.Itoa(r.Interval))
	}
	if r.ByMonth > 0 {
		parts = append(parts, "BYMONTH="+strconv.Itoa(r.ByMonth))
	}
	if r.ByMonthDay != 0 {
		parts = append(parts, "BYMONTHDAY="+strconv.Itoa(r.ByMonthDay))
	}
	if r.ByDay != "" {
		parts = append(parts, "BYDAY="+r.ByDay)
	}
	return strings.Join(parts, ";")
}

// resolve turns a deadline into days. A recurring deadline starts at the
// first time on or after anchor (the notice's date, else its meeting's).
func resolve(d cite.Deadline, anchor cite.Date) Due {
	text := d.Text
	if text == "" {
		text = d.Phrase()
	}
	switch d.Kind {
	case cite.From:
		return Due{Kind: DueStart, Text: text, Start: d.Date.First()}
	case cite.Every:
		rule, first := recurrence(d, anchor)
		return Due{Kind: DueRecurring, Text: text, Rule: rule, Start: first}
	case cite.By:
		return Due{Kind: DueDate, Text: text, Date: d.Date.Last(), Long: d.Long}
	case cite.Standing:
		return Due{Kind: DueNone, Text: text}
	}
	first, last, ok := d.Due() // "đầu tháng 7/2026": by 10/7
	if !ok || !d.IsReal() {
		return Due{}
	}
	return Due{Kind: DueDate, Text: text, Start: first, Date: last, Long: d.Long}
}

// recurrence returns the rule of a recurring deadline and its first time
// on or after anchor. With no day given, a month's, quarter's or year's
// task is due on its last day; a week's or day's on the anchor's weekday.
// A quarter ends in March, June, September and December.
func recurrence(d cite.Deadline, anchor cite.Date) (Rule, cite.Date) {
	n := max(d.Interval, 1)
	day := d.EveryDay
	if day >= 31 || day <= 0 {
		day = -1
	}
	switch d.Every {
	case "ngày":
		return Rule{Freq: "DAILY", Interval: n}, anchor
	case "tuần":
		return Rule{Freq: "WEEKLY", Interval: n}, anchor
	case "quý":
		r := Rule{Freq: "MONTHLY", Interval: 3 * n, ByMonthDay: day}
		m := cite.Date{Year: anchor.Year, Month: (anchor.Month + 2) / 3 * 3}
		return r, firstOnOrAfter(r, m, anchor)
	case "năm":
		month := 12
		if d.EveryMon > 0 { // "trước ngày 15/12 hằng năm"
			month, day = d.EveryMon, d.EveryDay
		}
		r := Rule{Freq: "YEARLY", Interval: n, ByMonth: month, ByMonthDay: day}
		return r, firstOnOrAfter(r, cite.Date{Year: anchor.Year, Month: month}, anchor)
	}
	r := Rule{Freq: "MONTHLY", Interval: n, ByMonthDay: day}
	return r, firstOnOrAfter(r, cite.Date{Year: anchor.Year, Month: anchor.Month}, anchor)
}

// firstOnOrAfter returns the first time of a monthly or yearly rule, from
// the month m on, that is not before anchor.
func firstOnOrAfter(r Rule, m cite.Date, anchor cite.Date) cite.Date {
	for range 24 {
		if d := dayIn(m, r.ByMonthDay); d.Compare(anchor) >= 0 {
			return d
		}
		m = addMonths(m, r.months())
	}
	return dayIn(m, r.ByMonthDay)
}

// months is how many months one step of a monthly or yearly rule takes.
func (r Rule) months() int {
	n := max(r.Interval, 1)
	if r.Freq == "YEARLY" {
		return 12 * n
	}
	return n
}

// dayIn returns day of month m (-1: its last day; a day the month lacks
// falls on its last).
func dayIn(m cite.Date, day int) cite.Date {
	last := cite.DaysIn(m.Year, m.Month)
	if day <= 0 || day > last {
		day = last
	}
	return cite.Date{Year: m.Year, Month: m.Month, Day: day}
}

func addMonths(m cite.Date, n int) cite.Date {
	k := m.Year*12 + m.Month - 1 + n
	return cite.Date{Year: k / 12, Month: k%12 + 1}
}

// Next returns the first time of a recurring task on or after day, and,
// for a dated one, its deadline; the zero Date for any other.
func (d Due) Next(day cite.Date) cite.Date {
	switch d.Kind {
	case DueDate:
		return d.Date
	case DueRecurring:
		if !d.Start.IsComplete() || d.Start.Compare(day) >= 0 {
			return d.Start
		}
		switch d.Rule.Freq {
		case "DAILY", "WEEKLY":
			step := max(d.Rule.Interval, 1)
			if d.Rule.Freq == "WEEKLY" {
				step *= 7
			}
			gap := days(d.Start, day)
			return d.Start.AddDays((gap + step - 1) / step * step)
		}
		return firstOnOrAfter(d.Rule, stepTo(d, day), day)
	}
	return cite.Date{}
}

// stepTo returns the month of the last time of a monthly or yearly rule
// that falls in or before day's month.
func stepTo(d Due, day cite.Date) cite.Date {
	m := cite.Date{Year: d.Start.Year, Month: d.Start.Month}
	step := d.Rule.months()
	gap := (day.Year*12 + day.Month) - (m.Year*12 + m.Month)
	return addMonths(m, gap/step*step)
}

// days returns the number of days from a to b.
func days(a, b cite.Date) int {
	return int(utc(b).Sub(utc(a)).Hours() / 24)
}

func utc(d cite.Date) time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}
