package tasks

import (
	"fmt"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// The words the printers write, in both languages.
var (
	statusLabels = [...]diag.Text{
		diag.Msg("quá hạn", "overdue"),
		diag.Msg("sắp đến hạn", "due soon"),
		diag.Msg("còn hạn", "later"),
		diag.Msg("định kỳ", "recurring"),
		diag.Msg("không có hạn", "no deadline"),
	}
	roleLabels = [...]diag.Text{
		{},
		diag.Msg("chủ trì", "lead"),
		diag.Msg("phối hợp", "support"),
	}
	noOwner = diag.Msg("(chưa rõ đơn vị)", "(no owner named)")
)

// Label is the status in the language of the run.
func (s Status) Label(lang diag.Lang) string { return statusLabels[s].In(lang) }

// Label is the role in the language of the run; "" for a sole owner.
func (r Role) Label(lang diag.Lang) string { return roleLabels[r].In(lang) }

// ownerName is the owner as printed, capitalised as a heading.
func ownerName(t Task, lang diag.Lang) string {
	if t.Owner == "" {
		return noOwner.In(lang)
	}
	return upperFirst(t.Owner)
}

// dueCell is a deadline as a clerk reads it in a table: the day; "từ
// 01/5/2024"; a recurring task's next time; "—".
func dueCell(t Task, lang diag.Lang) string {
	d := t.Due
	switch d.Kind {
	case DueDate:
		return day(d.Date)
	case DueStart:
		return diag.Msg("từ %s", "from %s", day(d.Start)).In(lang)
	case DueRecurring:
		return day(t.Next)
	}
	return "—"
}

// notes are what a table adds after a task's words: the words of a
// recurring deadline or of a standing one ("thường xuyên"), a long-term
// task's words and that it is one, the owner's part.
func notes(t Task, lang diag.Lang) string {
	var parts []string
	if w := repeatWords(t); w != "" {
		parts = append(parts, w)
	}
	if t.Due.Long {
		parts = append(parts, longTerm(t.Due, lang))
	}
	if l := t.Role.Label(lang); l != "" {
		parts = append(parts, l)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// repeatWords are the words of a recurring or standing deadline that a
// table adds after the task, "" when there are none or when the task's
// own words already say them: "báo cáo kết quả định kỳ hằng tháng (trước
// ngày 20) (định kỳ hằng tháng (trước ngày 20))" said it twice.
func repeatWords(t Task) string {
	if t.Due.Kind != DueRecurring && (t.Due.Kind != DueNone || t.Due.Text == "") {
		return ""
	}
	w := lowerFirst(t.Due.Text)
	if strings.Contains(strings.ToLower(t.Short), strings.ToLower(w)) {
		return ""
	}
	return w
}

// day writes a date as the body of a notice does: 20/10/2024, 30/6/2023.
func day(d cite.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Short()
}

// change is one deadline a task had, the notice that set it first and
// the last that repeated it.
type change struct {
	due    Due
	notice *Notice
	last   *Notice
	times  int // how many notices in a row set it
}

// changes sums up a task's history: its deadlines in order, each with
// the notice that set it and how often it was repeated.
func changes(t Task) []change {
	var out []change
	add := func(d Due, n *Notice) {
		if k := len(out) - 1; k >= 0 && sameDue(out[k].due, d) {
			out[k].times++
			out[k].last = n
			return
		}
		out = append(out, change{due: d, notice: n, last: n, times: 1})
	}
	for _, r := range t.History {
		add(r.Due, r.Notice)
	}
	add(t.Due, t.Notice)
	return out
}

func sameDue(a, b Due) bool {
	return a.Kind == b.Kind && a.Date == b.Date && a.Start == b.Start && a.Rule == b.Rule
}

// historyText tells a task's history in one line: "31/3/2023 (số
// 01/TB-UBND ngày 25/02/2023) → 30/4/2023 (số 05/TB-UBND ngày
// 10/3/2023)"; "" when no earlier notice set it.
func historyText(t Task, lang diag.Lang) string {
	if len(t.History) == 0 {
		return ""
	}
	var parts []string
	for _, c := range changes(t) {
		due := "—"
		if c.due.Kind != DueNone {
			due = dueWords(c.due, lang)
		}
		ref := c.notice.Ref(lang)
		switch {
		case c.times == 2:
			ref += diag.Msg(", nhắc lại tại %s", ", repeated in %s", c.last.Ref(lang)).In(lang)
		case c.times > 2:
			ref += diag.Msg(", nhắc lại %d lần, lần cuối tại %s", ", repeated %d times, last in %s", c.times-1, c.last.Ref(lang)).In(lang)
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", due, ref))
	}
	return strings.Join(parts, " → ")
}

// dueWords is a deadline in words for a history: its day, or its words.
func dueWords(d Due, lang diag.Lang) string {
	switch d.Kind {
	case DueDate:
		return day(d.Date)
	case DueStart:
		return diag.Msg("từ %s", "from %s", day(d.Start)).In(lang)
	}
	return lowerFirst(d.Text)
}

// where is a task's place: file:line.
func where(t Task, lang diag.Lang) string {
	return fmt.Sprintf("%s:%d", diag.PathIn(t.Pos.Path, lang), t.Pos.Line)
}

// longTerm says a task runs over years, with its words: "nhiệm vụ dài hạn:
// giai đoạn 2026-2030".
func longTerm(d Due, lang diag.Lang) string {
	return diag.Msg("nhiệm vụ dài hạn: %s", "long-term task: %s", lowerFirst(d.Text)).In(lang)
}
