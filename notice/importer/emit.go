package importer

import (
	"strconv"
	"strings"
)

// emit writes the source as TOML, in the key order of thongbao new.
func (s *draft) emit() []byte {
	w := &writer{}
	w.line("#:schema ./thongbao.schema.json")
	w.blank()
	w.comment(s.Head...)
	w.blank()
	w.set("number", s.Number)
	w.set("place", s.Place)
	w.set("date", s.Date)
	w.set("subject", s.Subject)
	if len(s.Numbering) > 0 {
		w.raw("numbering", styleArray(s.Numbering))
	}
	w.table("issuer", s.IssuerNotes...)
	w.strs("parent", s.Issuer.Parent)
	if len(s.Issuer.Name) == 0 {
		w.raw("name", `[""]`)
	} else {
		w.strs("name", s.Issuer.Name)
	}
	w.str("short", s.Issuer.Short)
	s.Meeting.emit(w)
	if a := s.Assessment; a != nil {
		w.table("assessment")
		w.str("title", a.Title)
		w.str("label", a.Label)
		w.strs("results", a.Results)
		w.strs("limitations", a.Limitations)
	}
	if t := s.Tasks; t != nil {
		w.table("tasks")
		w.str("title", t.Title)
		w.str("label", t.Label)
		w.strs("paragraphs", t.Paragraphs)
		w.strs("after", t.After)
		for _, g := range t.Groups {
			g.emit(w, "tasks.groups")
		}
	}
	for _, g := range s.Sections {
		g.emit(w, "sections")
	}
	s.Closing.emit(w)
	s.Signer.emit(w)
	for _, f := range s.Footnotes {
		w.array("footnotes")
		w.set("id", f.ID)
		w.set("text", f.Text)
	}
	for _, a := range s.Appendices {
		w.array("appendices")
		w.set("title", a.Title)
		w.str("reference", a.Reference)
		w.strs("paragraphs", a.Paragraphs)
	}
	return []byte(w.b.String())
}

func styleArray(styles []string) string {
	q := make([]string, len(styles))
	for i, s := range styles {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func (m *meeting) emit(w *writer) {
	w.table("meeting", m.Notes...)
	if m.Date != "" {
		w.raw("date", m.Date)
	}
	w.str("when", m.When)
	w.str("part_of_day", m.PartOfDay)
	w.str("host", m.Host)
	w.str("name", m.Name)
	if m.Verb != nil {
		w.set("verb", *m.Verb)
	}
	w.strs("attendees", m.Attendees)
	w.str("attendance", m.Attendance)
	w.str("discussion", m.Discussion)
	w.str("conclusion", m.Conclusion)
	if m.OneParagraph {
		w.raw("one_paragraph", "true")
	}
	if len(m.Opening) > 0 {
		w.strs("opening", m.Opening)
	}
	if m.Heard != nil {
		w.set("heard", *m.Heard)
	}
	if c := m.Chair; c != nil {
		w.table("meeting.chair")
		w.set("name", c.Name)
		w.set("title", c.Title)
		w.str("role", c.Role)
		w.str("form", c.Form)
		w.str("separator", c.Separator)
		w.str("short", c.Short)
	}
	for _, r := range m.Reports {
		w.array("meeting.reports")
		w.set("by", r.By)
		w.str("content", r.Content)
	}
}

func (g *group) emit(w *writer, path string) {
	w.array(path)
	w.str("label", g.Label)
	if g.Title != nil {
		w.set("title", *g.Title)
	}
	w.str("assignee", g.Assignee)
	w.str("owner", g.Owner)
	w.str("text", g.Text)
	w.deadline("deadline", g.Deadline)
	if len(g.Numbering) > 0 {
		w.raw("numbering", styleArray(g.Numbering))
	}
	w.strs("paragraphs", g.Paragraphs)
	if len(g.Items) > 0 {
		w.line("items = " + items(g.Items, ""))
	}
	if len(g.After) > 0 && len(g.Groups) > 0 {
		w.comment("after: các đoạn sau các mục con dưới đây")
	}
	w.strs("after", g.After)
	for _, sub := range g.Groups {
		sub.emit(w, path+".groups")
	}
}

// deadline writes a deadline: a date as a TOML date, else as written.
func (w *writer) deadline(key, d string) {
	if d != "" {
		w.line(key + " = " + deadlineValue(d))
	}
}

func deadlineValue(d string) string {
	if isISODate(d) {
		return d
	}
	return `"` + escapeTOML(d) + `"`
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// items writes an array of items: strings, or inline tables for items
// with more than text. indent is that of the line the array opens on.
func items(its []*item, indent string) string {
	var b strings.Builder
	b.WriteString("[\n")
	in := indent + "  "
	for _, it := range its {
		b.WriteString(in)
		if it.simple() {
			b.WriteString(quote(it.Text, len(in), in, false))
		} else {
			b.WriteString(inlineItem(it, in))
		}
		b.WriteString(",\n")
	}
	b.WriteString(indent + "]")
	return b.String()
}

// inlineItem writes an item as an inline table, its text wrapped.
func inlineItem(it *item, in string) string {
	var parts []string
	col := len(in) + 2
	add := func(key, val string) {
		p := key + " = " + val
		parts = append(parts, p)
		if i := strings.LastIndexByte(p, '\n'); i >= 0 {
			col = len(p) - i
		} else {
			col += len(p) + 2
		}
	}
	str := func(key, v string) {
		if v != "" {
			add(key, quote(v, col+len(key)+3, in, false))
		}
	}
	str("label", it.Label)
	str("assignee", it.Assignee)
	str("owner", it.Owner)
	add("text", quote(it.Text, col+7, in, false))
	if it.Deadline != "" {
		add("deadline", deadlineValue(it.Deadline))
	}
	if len(it.Items) > 0 {
		add("items", items(it.Items, in+"  "))
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

func (c *closing) emit(w *writer) {
	w.table("closing")
	w.set("text", c.Text)
	if len(c.Recipients) == 0 {
		w.raw("recipients", "[]")
	} else {
		w.strs("recipients", c.Recipients)
	}
	w.set("archive", c.Archive)
}

func (s *signer) emit(w *writer) {
	w.table("signer")
	w.strs("authority", s.Authority)
	w.set("title", s.Title)
	w.set("name", s.Name)
}
