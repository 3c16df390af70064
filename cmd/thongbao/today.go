package main

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
)

// today is the date deadlines are compared with: --today, else
// SOURCE_DATE_EPOCH, else the clock. This is the only place that reads the
// clock.
func today(e *env, flag string) (cite.Date, error) {
	if flag != "" {
		d, err := cite.ParseISO(flag)
		if w, ok := cite.ParseWritten(flag, false); ok && err != nil {
			return cite.Date{}, usageError{e.tr("--today viết ngày dạng năm-tháng-ngày: --today "+w.ISO(), "--today takes the date year-month-day: --today "+w.ISO())}
		}
		if w, ok := isoWithOtherMarks(flag); ok && err != nil {
			// "2024/10/01", "2024.10.1": said as the message above says
			// "01/10/2024", where it told only the form to use.
			return cite.Date{}, usageError{e.tr("--today viết ngày dạng năm-tháng-ngày, nối bằng dấu gạch ngang: --today "+w.ISO(), "--today takes the date year-month-day, joined by hyphens: --today "+w.ISO())}
		}
		if errors.Is(err, cite.ErrNotReal) {
			return cite.Date{}, usageError{e.tr("--today: ngày "+flag+" không có thật", "--today: "+flag+" is not a real day")}
		}
		if err != nil || d.Day == 0 {
			return cite.Date{}, usageError{e.tr("--today phải là một ngày dạng 2024-10-14", "--today must be a date such as 2024-10-14")}
		}
		return d, nil
	}
	t, ok, err := sourceDateEpoch(e)
	if err != nil {
		return cite.Date{}, err
	}
	if ok {
		return cite.DateOf(t), nil
	}
	return cite.DateOf(time.Now()), nil
}

// maxEpoch is the last second of the year 9999: a PDF's dates, and the
// notices', have four digits for the year.
const maxEpoch = 253402300799

// sourceDateEpoch reads SOURCE_DATE_EPOCH, the time of a reproducible
// build; ok is false when it is not set. This is the only place that
// reads it.
func sourceDateEpoch(e *env) (t time.Time, ok bool, err error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, false, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 || secs > maxEpoch {
		return time.Time{}, false, usageError{e.tr("SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01, đến hết năm 9999",
			"SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, up to the end of the year 9999")}
	}
	return time.Unix(secs, 0).UTC(), true, nil
}

// isoWithOtherMarks reads a date written year, month, day but joined by
// slashes or dots, or with one-digit parts ("2024/10/01", "2024-10-1"):
// ok only when it is a real day.
func isoWithOtherMarks(s string) (cite.Date, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(parts) != 3 || len(parts[0]) != 4 {
		return cite.Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || len(p) > 4 {
			return cite.Date{}, false
		}
		n[i] = v
	}
	d := cite.Date{Year: n[0], Month: n[1], Day: n[2]}
	return d, d.IsReal()
}
