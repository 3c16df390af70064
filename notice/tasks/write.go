package tasks

import (
	"fmt"
	"io"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Formats are the formats Write knows: a table for the terminal, CSV for
// a spreadsheet, JSON, iCalendar for a calendar, Markdown for a report.
var Formats = []string{"table", "csv", "json", "ics", "md"}

// PrintOptions say how to print a register.
type PrintOptions struct {
	Lang      diag.Lang
	Today     cite.Date // the day statuses were taken on; also the calendar's DTSTAMP
	DueWithin int
}

// Write prints the tasks in format.
func Write(w io.Writer, format string, list []Task, o PrintOptions) error {
	switch format {
	case "table":
		return WriteTable(w, list, o)
	case "csv":
		return WriteCSV(w, list, o)
	case "json":
		return WriteJSON(w, list, o)
	case "ics":
		return WriteICS(w, list, o)
	case "md":
		return WriteMarkdown(w, list, o)
	}
	return fmt.Errorf("write tasks: unknown format %q", format)
}

// errWriter keeps the first error of a run of writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
