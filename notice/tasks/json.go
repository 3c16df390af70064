package tasks

import (
	"encoding/json"
	"io"

	"github.com/thongbao/thongbao/notice/cite"
)

// The JSON form of a register: language-neutral ids, days as YYYY-MM-DD.
type (
	jsonRegister struct {
		Today     string     `json:"today"`
		DueWithin int        `json:"due_within"`
		Tasks     []jsonTask `json:"tasks"`
	}
	jsonTask struct {
		UID      string         `json:"uid"`
		Owner    string         `json:"owner"`
		Role     string         `json:"role,omitempty"`
		Short    string         `json:"short"`
		Text     string         `json:"text"`
		Deadline jsonDue        `json:"deadline"`
		Status   string         `json:"status"`
		Notice   jsonNotice     `json:"notice"`
		File     string         `json:"file"`
		Line     int            `json:"line"`
		Col      int            `json:"col"`
		History  []jsonRevision `json:"history,omitempty"`
	}
	jsonDue struct {
		Kind  string `json:"kind"`
		Text  string `json:"text,omitempty"`
		Start string `json:"start,omitempty"`
		Due   string `json:"due,omitempty"`
		Rule  string `json:"rrule,omitempty"`
		Next  string `json:"next,omitempty"`
		Long  bool   `json:"long_term,omitempty"`
	}
	jsonNotice struct {
		Number  string `json:"number"`
		Date    string `json:"date,omitempty"`
		Subject string `json:"subject"`
		File    string `json:"file"`
	}
	jsonRevision struct {
		Notice   jsonNotice `json:"notice"`
		Deadline jsonDue    `json:"deadline"`
		Text     string     `json:"text"`
	}
)

// WriteJSON writes the tasks as one JSON document.
func WriteJSON(w io.Writer, list []Task, o PrintOptions) error {
	out := jsonRegister{Today: iso(o.Today), DueWithin: o.DueWithin, Tasks: make([]jsonTask, 0, len(list))}
	for _, t := range list {
		jt := jsonTask{
			UID: t.UID, Owner: t.Owner, Role: t.Role.ID(), Short: t.Short, Text: t.Text,
			Deadline: dueJSON(t.Due, t.Next), Status: t.Status.ID(), Notice: noticeJSON(t.Notice),
			File: t.Pos.Path, Line: t.Pos.Line, Col: t.Pos.Col,
		}
		for _, r := range t.History {
			jt.History = append(jt.History, jsonRevision{Notice: noticeJSON(r.Notice), Deadline: dueJSON(r.Due, cite.Date{}), Text: r.Text})
		}
		out.Tasks = append(out.Tasks, jt)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func dueJSON(d Due, next cite.Date) jsonDue {
	j := jsonDue{Kind: d.Kind.ID(), Text: d.Text, Start: iso(d.Start), Due: iso(d.Date), Rule: d.Rule.String(), Long: d.Long}
	if d.Kind == DueRecurring {
		j.Next = iso(next)
	}
	return j
}

func noticeJSON(n *Notice) jsonNotice {
	return jsonNotice{Number: n.Number, Date: iso(n.Date), Subject: n.Subject, File: n.Path}
}
