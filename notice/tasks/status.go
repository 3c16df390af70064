package tasks

import "github.com/thongbao/thongbao/notice/cite"

// Status is where a task stands on a day.
type Status int

const (
	StatusOverdue   Status = iota // its deadline has passed
	StatusDue                     // due within the days asked (--due-within)
	StatusLater                   // due later, or starting later
	StatusRecurring               // recurring: see its next time
	StatusNone                    // no deadline, or started with none
)

// ID is the status's language-neutral name.
func (s Status) ID() string {
	return [...]string{"overdue", "due", "later", "recurring", "none"}[s]
}

// StatusOf returns where a task with deadline d stands on today, with
// within days counted as due soon. A task done by a day is overdue the
// day after it.
func StatusOf(d Due, today cite.Date, within int) Status {
	switch d.Kind {
	case DueRecurring:
		return StatusRecurring
	case DueStart:
		if d.Start.Compare(today) > 0 {
			return StatusLater
		}
		return StatusNone
	case DueDate:
		switch {
		case d.Date.Compare(today) < 0:
			return StatusOverdue
		case d.Date.Compare(today.AddDays(max(within, 0))) <= 0:
			return StatusDue
		}
		return StatusLater
	}
	return StatusNone
}
