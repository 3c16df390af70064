package tasks

import (
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
)

// Query says which tasks to list, and the day their status is taken on.
type Query struct {
	Today     cite.Date // the day statuses are taken on
	DueWithin int       // days ahead that count as due soon
	Owner     string    // only this owner's tasks, matched as the recipient rules match names ("" for all)
	Overdue   bool      // only overdue tasks
	From, To  cite.Date // only tasks due (or, recurring, due once) in this span; zero for no bound
}

// Select returns the tasks q asks for, each with its status and next
// time on q.Today, in the register's order.
func (r *Register) Select(q Query) []Task {
	var out []Task
	for _, t := range r.Tasks {
		t.Status = StatusOf(t.Due, q.Today, q.DueWithin)
		t.Next = t.Due.Next(q.Today)
		if q.keeps(t) {
			out = append(out, t)
		}
	}
	return out
}

func (q Query) keeps(t Task) bool {
	if q.Overdue && t.Status != StatusOverdue {
		return false
	}
	if q.Owner != "" && !OwnerMatches(t.Owner, q.Owner) {
		return false
	}
	if q.From.IsZero() && q.To.IsZero() {
		return true
	}
	return q.inSpan(t.Due)
}

// OwnerMatches reports whether a task's owner is the body asked for: the
// same name, abbreviations expanded ("Sở TT&TT"), a post of it, or a
// group that takes it in ("Các sở, ban, ngành" for "Sở Tài chính").
func OwnerMatches(owner, asked string) bool {
	if owner == "" {
		return false
	}
	return check.Reaches(owner, asked) || check.Reaches(asked, owner)
}

// inSpan reports whether a deadline falls in [q.From, q.To]: a dated
// task's deadline, a task's start, a recurring task's first time in it.
func (q Query) inSpan(d Due) bool {
	var day cite.Date
	switch d.Kind {
	case DueDate:
		day = d.Date
	case DueStart:
		day = d.Start
	case DueRecurring:
		from := q.From
		if from.IsZero() {
			from = d.Start
		}
		day = d.Next(from)
	default:
		return false
	}
	return (q.From.IsZero() || day.Compare(q.From) >= 0) && (q.To.IsZero() || day.Compare(q.To) <= 0)
}
