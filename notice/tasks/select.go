package tasks

import (
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Query says which tasks to list, and the day their status is taken on.
type Query struct {
	Today     cite.Date // the day statuses are taken on
	DueWithin int       // days ahead that count as due soon
	Owner     string    // only this owner's tasks, matched as the recipient rules match names ("" for all)
	NamedOnly bool      // with Owner: only the tasks that name it, not those of a group it is in ("các sở, ngành")
	Overdue   bool      // only overdue tasks
	From, To  cite.Date // only tasks due (or, recurring, due once) in this span; zero for no bound
}

// Select returns the tasks q asks for, each with its status and next
// time on q.Today, in the register's order. Asked for one owner, it gives
// each task once: the line that names the owner, else the line of a
// group that takes it in ("Các sở, ban, ngành" for a Sở).
func (r *Register) Select(q Query) []Task {
	var out []Task
	at := map[taskPlace]int{} // where each task's line is in out, for one owner
	for _, t := range r.Tasks {
		t.Status = StatusOf(t.Due, q.Today, q.DueWithin)
		t.Next = t.Due.Next(q.Today)
		if !q.keeps(t) {
			continue
		}
		if q.Owner != "" {
			p := taskPlace{t.Notice, t.Pos}
			if i, ok := at[p]; ok {
				if !names(out[i].Owner, q.Owner) && names(t.Owner, q.Owner) {
					out[i] = t
				}
				continue
			}
			at[p] = len(out)
		}
		out = append(out, t)
	}
	return out
}

// taskPlace is where a task is written: the lines of its owners share it.
type taskPlace struct {
	notice *Notice
	pos    diag.Pos
}

// names reports whether asked names owner itself, not a group it is in.
func names(owner, asked string) bool {
	return check.BodyKey(owner) == check.BodyKey(asked) || check.Reaches(asked, owner)
}

func (q Query) keeps(t Task) bool {
	if q.Overdue && t.Status != StatusOverdue {
		return false
	}
	if q.Owner != "" && !OwnerMatches(t.Owner, q.Owner) {
		return false
	}
	if q.NamedOnly && q.Owner != "" && !names(t.Owner, q.Owner) {
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

// GroupsOf returns, for a list selected for one owner, the owners of its
// lines that are groups taking that owner in ("Các sở, ban, ngành" for a
// Sở), each once in the order met, and how many lines they have: a
// clerk who asked for one Sở is told why such lines are there.
func GroupsOf(list []Task, asked string) (groups []string, n int) {
	if asked == "" {
		return nil, 0
	}
	seen := map[string]bool{}
	for _, t := range list {
		if names(t.Owner, asked) {
			continue
		}
		n++
		if !seen[t.Owner] {
			seen[t.Owner] = true
			groups = append(groups, t.Owner)
		}
	}
	return groups, n
}
