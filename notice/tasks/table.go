package tasks

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

// WriteTable prints the tasks for a terminal: a summary, then the tasks
// of each owner, the owners with most overdue tasks first and, in each,
// overdue tasks first; each with its deadline, its words, its part and
// where it is written.
func WriteTable(w io.Writer, list []Task, o PrintOptions) error {
	e := &errWriter{w: w}
	e.printf("%s\n", summary(list, o))
	for _, g := range byOwner(list, o.Lang) {
		e.printf("\n%s — %s\n", g.Name, groupCounts(g, o.Lang))
		for _, t := range g.Tasks {
			e.printf("  %s  %s  %s%s  %s\n", pad(t.Status.Label(o.Lang), 12), pad(dueCell(t, o.Lang), 10), t.Short, notes(t, o.Lang), where(t, o.Lang))
			if h := historyText(t, o.Lang); h != "" {
				e.printf("      %s %s\n", diag.Msg("lịch sử:", "history:").In(o.Lang), h)
			}
		}
	}
	return e.err
}

// summary is the first line of the table and the report.
func summary(list []Task, o PrintOptions) string {
	if len(list) == 0 {
		return diag.Msg("Không có nhiệm vụ nào (ngày %s).", "No tasks (on %s).", day(o.Today)).In(o.Lang)
	}
	c := counts(list)
	return diag.Msg("Ngày %s: %d nhiệm vụ — %d quá hạn, %d sắp đến hạn (trong %d ngày), %d còn hạn, %d định kỳ, %d không có hạn.",
		"On %s: %d "+plural(len(list), "task")+" — %d overdue, %d due soon (within %d "+plural(o.DueWithin, "day")+"), %d later, %d recurring, %d with no deadline.",
		day(o.Today), len(list), c[StatusOverdue], c[StatusDue], o.DueWithin, c[StatusLater], c[StatusRecurring], c[StatusNone]).In(o.Lang)
}

// plural is an English noun for n of it: "task" for one, "tasks" else.
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

func groupCounts(g ownerGroup, lang diag.Lang) string {
	s := diag.Msg("%d nhiệm vụ", "%d "+plural(len(g.Tasks), "task"), len(g.Tasks)).In(lang)
	if n := g.Counts[StatusOverdue]; n > 0 {
		s += diag.Msg(", %d quá hạn", ", %d overdue", n).In(lang)
	}
	if n := g.Counts[StatusDue]; n > 0 {
		s += diag.Msg(", %d sắp đến hạn", ", %d due soon", n).In(lang)
	}
	return s
}

// pad fills s with spaces to width characters.
func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
