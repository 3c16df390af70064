package check

import (
	"sort"
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/diag"
)

// FromNotice builds the view of a notice loaded from TOML.
func FromNotice(n *notice.Notice) *View {
	v := &View{Path: n.Pos.Path, FromTOML: true, Date: n.Date.Date, Type: ThongBao, TypeName: "THÔNG BÁO", TypeCode: "TB", Conclusions: true}
	if v.Path == "" {
		v.Path = n.Number.Text.Pos.Path
	}
	b := tomlBuilder{v: v, n: n}
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
		b.groups(t.Groups, outline{})
		b.paragraphs(t.After, "tasks.after", outline{})
	}
	b.groups(n.Sections, outline{})
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

type tomlBuilder struct {
	v *View
	n *notice.Notice // its fields' runs are parsed once for the view and the document (Notice.Runs)
}

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
	runs := b.n.Runs(t)
	if len(runs) == 1 && runs[0].Note == "" {
		return b.oneRun(t, r, field, runs[0])
	}
	var text strings.Builder
	var starts, offs []int // plain offset where each run starts, and its offset in the field
	var notes []string
	for _, run := range runs {
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
	return &Seg{Text: text.String(), Role: r, Field: field, Raw: t.Raw(), rawNFC: t.RawNFC(), Notes: notes, at: at}
}

// oneRun is seg of a text that is one run, most texts: its text is the
// run's, and a plain offset k is the run's offset plus k, as seg's
// search of one start finds it.
func (b tomlBuilder) oneRun(t notice.Text, r Role, field string, run body.Run) *Seg {
	off := run.Off
	at := func(k int) diag.Pos {
		if k < 0 {
			return t.PosAt(k)
		}
		return t.PosAt(off + k)
	}
	return &Seg{Text: run.Text, Role: r, Field: field, Raw: t.Raw(), rawNFC: t.RawNFC(), at: at}
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

// outline is what stands over a group or item: its owner, the headings
// and lead-ins above it, and the nearest deadline.
type outline struct {
	owner    *Seg
	above    []Seg
	deadline *Deadline
}

// with returns o with s added below what is above; the slice is never
// shared between siblings.
func (o outline) with(s Seg) outline {
	o.above = append(o.above[:len(o.above):len(o.above)], s)
	return o
}

// task is a task of s under o; a text that names its own owner ("Giao Sở
// X chủ trì ...") is that owner's.
func (o outline) task(s Seg, d *Deadline) Task {
	t := Task{Seg: s, Assignee: o.owner, Deadline: d, Above: o.above, Inherited: o.deadline}
	if own := ownerIn(s); own != nil {
		t.Assignee = own
	}
	return t
}

func (b tomlBuilder) groups(gs []notice.Group, o outline) {
	for _, g := range gs {
		b.group(g, o)
	}
}

func (b tomlBuilder) group(g notice.Group, o outline) {
	b.label(g.Marker, g.Label, g.Pos)
	var title *Seg
	if g.Title != nil {
		title = b.body(*g.Title, RoleHeading, "", "title")
	}
	for _, who := range []struct {
		t     notice.Text
		field string
	}{{g.Assignee, "assignee"}, {g.Owner, "owner"}} {
		if a := b.seg(who.t, RoleHeading, who.field); a != nil {
			b.v.Assignees = append(b.v.Assignees, *a)
			o.owner = a
			o = o.with(*a)
		}
	}
	if title != nil {
		o = o.with(*title) // a title may say more than the assignee: "Giao Sở X chủ trì, phối hợp với ..."
	}
	text := b.body(g.Text, RoleBody, "", "text")
	own := deadline(g.Deadline)
	if own != nil || text != nil {
		s := Seg{Role: RoleHeading, at: func(int) diag.Pos { return g.Pos }}
		if text != nil {
			s = *text
		}
		b.v.Tasks = append(b.v.Tasks, o.task(s, own))
	}
	if own != nil {
		o.deadline = own
	}
	if text != nil {
		o = o.with(*text)
	}
	b.paragraphs(g.Paragraphs, "paragraphs", o)
	b.items(g.Items, o)
	b.groups(g.Groups, o)
	b.paragraphs(g.After, "after", o)
}

// paragraphs adds paragraphs of a group: each is a task of the group's
// owner, or of whoever it names.
func (b tomlBuilder) paragraphs(ts []notice.Text, field string, o outline) {
	for _, t := range ts {
		if s := b.body(t, RoleBody, "", field); s != nil {
			b.v.Tasks = append(b.v.Tasks, o.task(*s, nil))
		}
	}
}

func (b tomlBuilder) items(its []notice.Item, o outline) {
	for _, it := range its {
		b.label(it.Marker, it.Label, it.Pos)
		io := o
		for _, who := range []struct {
			t     notice.Text
			field string
		}{{it.Assignee, "assignee"}, {it.Owner, "owner"}} {
			if a := b.seg(who.t, RoleItem, who.field); a != nil {
				b.v.Assignees = append(b.v.Assignees, *a)
				io.owner = a
				io = io.with(*a)
			}
		}
		own := deadline(it.Deadline)
		if s := b.body(it.Text, RoleItem, "", "text"); s != nil {
			b.v.Tasks = append(b.v.Tasks, io.task(*s, own))
			io = io.with(*s)
		}
		if own != nil {
			io.deadline = own
		}
		b.items(it.Items, io)
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
