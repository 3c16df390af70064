package tasks

import (
	"sort"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// ownerGroup is the tasks of one owner, as the table and the report
// show them.
type ownerGroup struct {
	Name   string
	Tasks  []Task
	Counts [StatusNone + 1]int
}

// byOwner groups tasks by owner (names compared as the recipient rules
// compare them), the owners with most overdue tasks first, then by name;
// in each, overdue tasks first, then by deadline.
func byOwner(list []Task, lang diag.Lang) []ownerGroup {
	index := map[ownerKey]int{}
	var groups []ownerGroup
	for _, t := range list {
		i, ok := index[t.key]
		if !ok {
			i = len(groups)
			index[t.key] = i
			groups = append(groups, ownerGroup{Name: ownerName(t, lang)})
		}
		groups[i].Tasks = append(groups[i].Tasks, t)
		groups[i].Counts[t.Status]++
	}
	for i := range groups {
		sortTasks(groups[i].Tasks)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if a.Counts[StatusOverdue] != b.Counts[StatusOverdue] {
			return a.Counts[StatusOverdue] > b.Counts[StatusOverdue]
		}
		if a.Counts[StatusDue] != b.Counts[StatusDue] {
			return a.Counts[StatusDue] > b.Counts[StatusDue]
		}
		return cite.Fold(a.Name) < cite.Fold(b.Name)
	})
	return groups
}

// sortTasks orders tasks by status (overdue first), then by the day they
// are due next, keeping the register's order otherwise.
func sortTasks(ts []Task) {
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.Status != b.Status {
			return a.Status < b.Status
		}
		return a.Next.Compare(b.Next) < 0
	})
}

// counts sums the statuses of tasks.
func counts(list []Task) [StatusNone + 1]int {
	var c [StatusNone + 1]int
	for _, t := range list {
		c[t.Status]++
	}
	return c
}
