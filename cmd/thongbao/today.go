package main

import (
	"os"
	"strconv"
	"time"

	"github.com/thongbao/thongbao/notice/cite"
)

// today is the date deadlines are compared with: --today, else
// SOURCE_DATE_EPOCH, else the clock. This is the only place that reads it.
func today(e *env, flag string) (cite.Date, error) {
	if flag != "" {
		d, err := cite.ParseISO(flag)
		if err != nil || d.Day == 0 {
			return cite.Date{}, usageError{e.tr("--today phải là một ngày dạng 2024-10-14", "--today must be a date such as 2024-10-14")}
		}
		return d, nil
	}
	if v := os.Getenv("SOURCE_DATE_EPOCH"); v != "" {
		secs, err := strconv.ParseInt(v, 10, 64)
		if err != nil || secs < 0 {
			return cite.Date{}, usageError{e.tr("SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01", "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01")}
		}
		return cite.DateOf(time.Unix(secs, 0).UTC()), nil
	}
	return cite.DateOf(time.Now()), nil
}
