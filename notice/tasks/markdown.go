package tasks

import (
	"io"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/markdown"
)

// WriteMarkdown writes the tasks as a report: a title, the summary, then
// a section and a table for each owner, in the order of the table.
func WriteMarkdown(w io.Writer, list []Task, o PrintOptions) error {
	e := &errWriter{w: w}
	e.printf("# %s\n\n%s\n", diag.Msg("Theo dõi thực hiện kết luận", "Following up conclusions").In(o.Lang), markdown.Escape(summary(list, o)))
	head := []diag.Text{diag.Msg("Trạng thái", "Status"), diag.Msg("Thời hạn", "Deadline"), diag.Msg("Nhiệm vụ", "Task"),
		diag.Msg("Vai trò", "Role"), diag.Msg("Văn bản", "Notice")}
	for _, g := range byOwner(list, o.Lang) {
		e.printf("\n## %s\n\n%s\n\n", markdown.Escape(g.Name), groupCounts(g, o.Lang))
		var cells []string
		for _, h := range head {
			cells = append(cells, h.In(o.Lang))
		}
		e.printf("| %s |\n|%s\n", strings.Join(cells, " | "), strings.Repeat("---|", len(head)))
		for _, t := range g.Tasks {
			task := markdown.Escape(t.Short)
			if w := repeatWords(t); w != "" {
				task += " (" + markdown.Escape(w) + ")" // "định kỳ hằng tháng", "thường xuyên", as the table
			}
			if t.Due.Long {
				task += " (" + markdown.Escape(longTerm(t.Due, o.Lang)) + ")"
			}
			if h := historyText(t, o.Lang); h != "" {
				task += " — " + markdown.Escape(diag.Msg("lịch sử: %s", "history: %s", h).In(o.Lang))
			}
			source := markdown.Escape(t.Notice.Ref(o.Lang)) + " (`" + strings.NewReplacer("`", "'", "|", `\|`).Replace(where(t, o.Lang)) + "`)"
			e.printf("| %s | %s | %s | %s | %s |\n", t.Status.Label(o.Lang), markdown.Escape(dueCell(t, o.Lang)), task,
				t.Role.Label(o.Lang), source)
		}
	}
	return e.err
}
