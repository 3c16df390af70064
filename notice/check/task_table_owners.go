package check

// tableOwners are the owner cells of the task tables' rows, judged by
// assignee-not-recipient as a task's assignee is; a row whose line the
// body's reading already gave an assignee is left to that reading. The
// cooperating column's bodies are no assignees.
func tableOwners(v *View) []*Seg {
	var out []*Seg
	for i := range v.TaskRows {
		o := v.TaskRows[i].Owner
		if o != nil && !assigneeOnLine(v, o.LineAt(0)) {
			out = append(out, o)
		}
	}
	return out
}

// assigneeOnLine reports whether an assignee the body's reading found
// begins on line.
func assigneeOnLine(v *View, line int) bool {
	for i := range v.Assignees {
		if v.Assignees[i].LineAt(0) == line {
			return true
		}
	}
	return false
}
