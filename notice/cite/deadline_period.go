package cite

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// The spans of time clerks give a task besides a day, a month or a
// quarter: a week of a month, a run of quarters, a period of years.
var (
	// periodWeekRe is a week of a month: "tuần đầu tháng 7/2026",
	// "trong tuần cuối của tháng 7 năm 2026", "tuần thứ hai tháng 7/2026".
	periodWeekRe = lazyre.New(`(?i)^(?:trong` + sp + `)?tuần` + sp + `(đầu(?:` + sp + `tiên)?|cuối(?:` + sp + `cùng)?|thứ` + sp + `(?:nhất|hai|ba|tư|[1-4]))` + sp + `(?:của` + sp + `)?tháng` + sp + monthRe + `$`)
	// periodQuartersRe is a run of quarters of one year: "quý III và quý
	// IV/2026", "quý III, IV năm 2026", "từ quý II đến quý IV/2026".
	periodQuartersRe = lazyre.New(`(?i)^(?:trong` + sp + `|từ` + sp + `)?quý` + sp + `(IV|I{1,3}|[1-4])` + optSp + `(?:,|và|-|–|đến)` + optSp + `(?:quý` + sp + `)?` + quarterRe + `$`)
	// periodUntilYearRe is a task that runs until a year: "đến năm 2030",
	// "từ nay đến năm 2030".
	periodUntilYearRe = lazyre.New(`(?i)^(?:từ` + sp + `nay` + sp + `)?(?:đến|tới)` + sp + `năm` + sp + `(` + d4 + `)$`)
	// periodYearsRe is a period of years: "giai đoạn 2026-2030", "trong
	// giai đoạn 2026 - 2030", "giai đoạn 2026 đến 2030", "năm 2026-2027",
	// "2026-2030".
	periodYearsRe = lazyre.New(`(?i)^(?:(?:trong` + sp + `)?(?:giai` + sp + `đoạn|(?:các` + sp + `)?năm)` + sp + `)?(?:từ` + sp + `(?:năm` + sp + `)?)?(` + d4 + `)` + optSp + `(?:-|–|đến)` + optSp + `(?:năm` + sp + `)?(` + d4 + `)$`)
)

// weekDays are the first and last days of the weeks of a month a clerk
// names: the first seven days, the next seven, ..., the last seven.
func weekDays(which string, y, m int) (first, last int) {
	n := DaysIn(y, m)
	if m < 1 || m > 12 {
		n = 31
	}
	w := strings.Join(strings.Fields(strings.ToLower(which)), " ")
	switch {
	case strings.HasPrefix(w, "cuối"):
		return n - 6, n
	case w == "thứ hai" || w == "thứ 2":
		return 8, 14
	case w == "thứ ba" || w == "thứ 3":
		return 15, 21
	case w == "thứ tư" || w == "thứ 4":
		return 22, 28
	}
	return 1, 7 // "đầu", "đầu tiên", "thứ nhất", "thứ 1"
}

// parsePeriod reads the spans of periodWeekRe, periodQuartersRe,
// periodUntilYearRe and periodYearsRe. A week is due by its last day (the
// first week of a month by the 7th); a run of quarters by the end of the
// last; a period of years by the end of its last year, a long-term task.
// ok is false when t is none of them.
func parsePeriod(t string) (d Deadline, ok bool, err error) {
	if m := periodWeekRe().FindStringSubmatch(t); m != nil {
		mon, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		first, last := weekDays(m[1], y, mon)
		d = Deadline{Kind: Between, Date: Date{y, mon, first}, Until: Date{y, mon, last}}
		return d, true, realOrNot(d, t)
	}
	if m := periodQuartersRe().FindStringSubmatch(t); m != nil {
		a, b := quarter(m[1]), quarter(m[2])
		y, _ := strconv.Atoi(m[3])
		d = Deadline{Kind: Between, Date: Date{y, 3*a - 2, 0}, Until: Date{y, 3 * b, 0}}
		return d, true, realOrNot(d, t)
	}
	if m := periodUntilYearRe().FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Deadline{Kind: By, Date: Date{y, 12, 31}, Long: true}, true, nil
	}
	if m := periodYearsRe().FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		d = Deadline{Kind: Between, Date: Date{a, 1, 0}, Until: Date{b, 12, 0}, Long: true}
		return d, true, realOrNot(d, t)
	}
	return Deadline{}, false, nil
}

// realOrNot is ErrNotReal for a span the calendar lacks: "tuần đầu tháng
// 13/2026", "quý IV và quý II/2026", "giai đoạn 2030-2026".
func realOrNot(d Deadline, t string) error {
	if !d.IsReal() {
		return fmt.Errorf("%q: %w", t, ErrNotReal)
	}
	return nil
}
