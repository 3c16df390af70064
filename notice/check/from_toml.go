package check

import (
	"sort"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/diag"
)

// FromNotice builds the view of a notice loaded from TOML.
func FromNotice(n *notice.Notice) *View {
	v := &View{Path: n.Pos.Path, FromTOML: true, Date: n.Date.Date, Type: ThongBao, TypeName: "THÔNG BÁO", TypeCode: "TB"}
	if v.Path == "" {
		v.Path = n.Number.Text.Pos.Path
	}
	b := tomlBuilder{v: v}
	v.Number = b.seg(n.Number.Text, RoleHeader, "number")
	v.Subject = b.seg(n.Subject.Text, RoleSubject, "subject")
	v.Draft = n.Number.IsDraft() || n.Date.Day == 0
	b.meeting(n.Meeting)
	if a := n.Assessment; a != nil {
		b.label(a.Marker, a.Label, a.Title.Pos)
		b.body(a.Title, RoleHeading, "", "assessment.title")
		b.bodies(a.Results, RoleBody, "assessment.results")
		b.bodies(a.Limitations, RoleBody, "assessment.limitations")
	}
	if t := n.Tasks; t != nil {
		b.label(t.Marker, t.Label, t.Title.Pos)
		b.body(t.Title, RoleHeading, "", "tasks.title")
		b.bodies(t.Paragraphs, RoleBody, "tasks.paragraphs")
		b.groups(t.Groups, nil)
		b.bodies(t.After, RoleBody, "tasks.after")
	}
	b.groups(n.Sections, nil)
	b.body(n.Closing.Text, RoleClosing, "", "closing.text")
	for _, f := range n.Footnotes {
		if s := b.seg(f.Text, RoleNote, "footnotes"); s != nil {
			v.Notes = append(v.Notes, *s)
		}
	}
	for _, r := range n.Closing.Recipients {
		if s := b.seg(r, RoleRecipient, "closing.recipients"); s != nil {
			v.Recips = append(v.Recips, *s)
		}
	}
	v.Archive = b.seg(n.Closing.Archive, RoleArchive, "closing.archive")
	for _, a := range n.Signer.Authority {
		if s := b.seg(a.Text, RoleSigner, "signer.authority"); s != nil {
			v.Signer = append(v.Signer, *s)
		}
	}
	if s := b.seg(n.Signer.Title, RoleSigner, "signer.title"); s != nil {
		v.Signer = append(v.Signer, *s)
	}
	v.Name = b.seg(n.Signer.Name, RoleName, "signer.name")
	for _, a := range n.Appendices {
		b.appendix(a)
	}
	return v
}

type tomlBuilder struct{ v *View }

// meeting adds what the opening paragraphs say: the fields they are made
// of, or the paragraphs as written.
func (b tomlBuilder) meeting(m notice.Meeting) {
	v := b.v
	v.Meeting, v.MeetingPos = m.Date.Date, m.Date.Pos
	if !m.Chair.IsZero() {
		v.Chair = &Person{Name: m.Chair.Name.S, Title: m.Chair.Title.S, Pos: m.Chair.Name.Pos}
	}
	if len(m.Opening) > 0 {
		b.bodies(m.Opening, RoleOpening, "meeting.opening")
	} else {
		for _, t := range []notice.Text{m.When, m.Name, m.Purpose, m.Place} {
			b.body(t, RoleOpening, "", "meeting")
		}
		b.bodies(m.Attendees, RoleOpening, "meeting.attendees")
	}
	if m.Heard != nil {
		b.body(*m.Heard, RoleHinge, "", "meeting.heard")
		return
	}
	for _, r := range m.Reports {
		b.body(r.By, RoleHinge, "", "meeting.reports")
		b.body(r.Content, RoleHinge, "", "meeting.reports")
	}
	b.body(m.Discussion, RoleHinge, "", "meeting.discussion")
}

// label adds the number of a part or item as printed, for the numbering
// checks: at the label when the source gives one, else at pos.
func (b tomlBuilder) label(marker string, label notice.Text, pos diag.Pos) {
	if marker == "" {
		return
	}
	at := func(int) diag.Pos { return pos }
	if !label.IsZero() {
		at = label.PosAt
	}
	b.v.Labels = append(b.v.Labels, Seg{Role: RoleHeading, Marker: marker, Field: "label", at: at})
}

// seg makes the segment of a text field: its plain text (the field's
// inline Markdown removed), with offsets mapped back to the field.
func (b tomlBuilder) seg(t notice.Text, r Role, field string) *Seg {
	if t.IsZero() {
		return nil
	}
	var text strings.Builder
	var starts, offs []int // plain offset where each run starts, and its offset in the field
	var notes []string
	for _, run := range t.Runs() {
		if run.Note != "" {
			notes = append(notes, run.Note)
			continue
		}
		starts, offs = append(starts, text.Len()), append(offs, run.Off)
		text.WriteString(run.Text)
	}
	at := func(k int) diag.Pos {
		i := sort.SearchInts(starts, k+1) - 1
		if i < 0 {
			return t.PosAt(k)
		}
		return t.PosAt(offs[i] + k - starts[i])
	}
	return &Seg{Text: text.String(), Role: r, Field: field, Raw: t.Raw(), Notes: notes, at: at}
}

func (b tomlBuilder) body(t notice.Text, r Role, marker, field string) *Seg {
	s := b.seg(t, r, field)
	if s == nil {
		return nil
	}
	s.Marker = marker
	b.v.Body = append(b.v.Body, *s)
	return &b.v.Body[len(b.v.Body)-1]
}

func (b tomlBuilder) bodies(ts []notice.Text, r Role, field string) {
	for _, t := range ts {
		b.body(t, r, "", field)
	}
}

func (b tomlBuilder) groups(gs []notice.Group, owner *Seg) {
	for _, g := range gs {
		b.group(g, owner)
	}
}

func (b tomlBuilder) group(g notice.Group, owner *Seg) {
	b.label(g.Marker, g.Label, g.Pos)
	if g.Title != nil {
		b.body(*g.Title, RoleHeading, "", "title")
	}
	if a := b.seg(g.Assignee, RoleHeading, "assignee"); a != nil {
		b.v.Assignees = append(b.v.Assignees, *a)
		owner = a
	}
	if o := b.seg(g.Owner, RoleHeading, "owner"); o != nil {
		b.v.Assignees = append(b.v.Assignees, *o)
		owner = o
	}
	text := b.body(g.Text, RoleBody, "", "text")
	if g.Deadline.IsSet() || text != nil {
		t := Task{Assignee: owner, Deadline: deadline(g.Deadline)}
		if text != nil {
			t.Seg = *text
		} else {
			t.Seg = Seg{Role: RoleHeading, at: func(int) diag.Pos { return g.Pos }}
		}
		b.v.Tasks = append(b.v.Tasks, t)
	}
	b.bodies(g.Paragraphs, RoleBody, "paragraphs")
	b.items(g.Items, owner)
	b.groups(g.Groups, owner)
	b.bodies(g.After, RoleBody, "after")
}

func (b tomlBuilder) items(its []notice.Item, owner *Seg) {
	for _, it := range its {
		b.label(it.Marker, it.Label, it.Pos)
		o := owner
		for _, who := range []struct {
			t     notice.Text
			field string
		}{{it.Assignee, "assignee"}, {it.Owner, "owner"}} {
			if a := b.seg(who.t, RoleItem, who.field); a != nil {
				b.v.Assignees = append(b.v.Assignees, *a)
				o = a
			}
		}
		s := b.body(it.Text, RoleItem, "", "text")
		if s != nil {
			b.v.Tasks = append(b.v.Tasks, Task{Seg: *s, Assignee: o, Deadline: deadline(it.Deadline)})
		}
		b.items(it.Items, o)
	}
}

func deadline(d notice.Deadline) *Deadline {
	if !d.IsSet() {
		return nil
	}
	return &Deadline{Deadline: d.Deadline, Pos: d.Pos}
}

func (b tomlBuilder) appendix(a notice.Appendix) {
	add := func(t notice.Text, r Role) {
		if s := b.seg(t, r, "appendices"); s != nil {
			b.v.Appendix = append(b.v.Appendix, *s)
		}
	}
	add(a.Title, RoleAppendix)
	add(a.Reference, RoleAppendix)
	for _, p := range a.Paragraphs {
		add(p, RoleAppendix)
	}
	if a.Table == nil {
		return
	}
	for _, g := range a.Table.Groups {
		add(g.Title, RoleCell)
		for _, r := range g.Rows {
			add(r.Title, RoleCell)
			add(r.Assignee, RoleCell)
		}
	}
}
