package tasks

import (
	"strings"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

var numberLine = lazyre.New(`^Số\s*:?\s*`)

// tasks resolves a candidate into the register's lines: who (its own
// words, else the nearest heading, lead-in or assignee over it that names
// someone, and whoever supports), what, and by when. A lead-in ("Tham mưu
// UBND huyện:"), a heading that names only an owner, and prose that
// names no one and sets no deadline are not tasks.
func (x *extractor) tasks(c candidate) []Task {
	text := strings.TrimSpace(c.text)
	if x.leads[c.seg.Text] && strings.HasSuffix(text, ":") || check.MemberLine(text) {
		return nil // a lead-in; "- Trưởng ban: đồng chí Nguyễn Văn An": a member named, no task
	}
	own := x.readNamed(text, c.heading)
	content := action(text[own.Rest:])
	if strings.Trim(content, " .:;,…") == "" {
		return nil
	}
	owners := own.Owners
	if len(owners) == 0 {
		owners = x.ownersAbove(c)
		if r := roleIn(text); r != RoleOwner {
			for i := range owners {
				if owners[i].Role == RoleOwner {
					owners[i].Role = r
				}
			}
		}
	}
	var support []string
	if roleIn(text[own.Rest:]) != RoleSupport { // "Phối hợp với X ...": X leads, and is not followed up here
		for _, s := range supporters(text[own.Rest:]) {
			if !x.hasOwner(owners, s) {
				support = append(support, s)
			}
		}
	}
	due := x.due(c, text)
	if len(owners) == 0 && (due.Kind == DueNone || !c.item) {
		return nil
	}
	if len(owners) == 0 {
		owners = []owner{{}}
	}
	whole, short := text, shorten(content)
	if lead := x.leadIn(c); lead != "" {
		whole = lead + " " + text
		short = shorten(lead + " " + lowerFirst(content))
	}
	var out []Task
	pos := c.seg.PosAt(0)
	add := func(o owner) {
		out = append(out, Task{Owner: o.Name, Role: o.Role, Short: short, Text: whole, Due: due, Notice: x.n,
			Pos: pos, key: x.key(o.Name)})
	}
	for _, o := range owners {
		if len(support) > 0 && o.Role == RoleOwner {
			o.Role = RoleLead
		}
		add(o)
	}
	for _, s := range support {
		add(owner{Name: s, Role: RoleSupport})
	}
	return out
}

func (x *extractor) hasOwner(owners []owner, name string) bool {
	k := x.key(name)
	for _, o := range owners {
		if x.key(o.Name) == k {
			return true
		}
	}
	return false
}

// ownersAbove returns the owners the nearest piece over the candidate
// names: a heading or lead-in that names one ("Giao Sở X chủ trì, phối
// hợp với Y"), or a TOML assignee.
func (x *extractor) ownersAbove(c candidate) []owner {
	for i := len(c.above) - 1; i >= 0; i-- {
		if o := x.ownersOf(c.above[i], c.isHeading(c.above[i])); o != nil {
			return append([]owner(nil), o...)
		}
	}
	return nil
}

// ownersOf returns the owners a piece over a task names, once per piece.
func (x *extractor) ownersOf(a check.Seg, heading bool) []owner {
	k := namedKey{a.Field + "\x00" + a.Text, heading}
	o, ok := x.above[k]
	if !ok {
		o = x.readOwners(a, heading)
		x.above[k] = o
	}
	return o
}

func (x *extractor) readOwners(a check.Seg, heading bool) []owner {
	if a.Field == "assignee" {
		var out []owner
		for _, name := range splitOwners(a.Text) {
			out = append(out, owner{Name: name})
		}
		return out
	}
	t := withoutMarker(a)
	nm := x.readNamed(t, heading)
	if len(nm.Owners) == 0 {
		return nil
	}
	out := append([]owner(nil), nm.Owners...)
	for _, s := range supporters(t[nm.Rest:]) {
		if !x.hasOwner(out, s) {
			out = append(out, owner{Name: s, Role: RoleSupport})
		}
	}
	for i := range out {
		if out[i].Role == RoleOwner && len(out) > len(nm.Owners) {
			out[i].Role = RoleLead
		}
	}
	return out
}

// isHeading reports whether a piece over the candidate is a heading,
// which may name nothing but an owner: a TOML group's title, a numbered
// heading of a text.
func (c candidate) isHeading(a check.Seg) bool {
	if a.Field == "title" {
		return true
	}
	r := markerRank(a.Marker)
	return r >= 0 && r < rankDash
}

// leadIn returns the words of a short lead-in right over the candidate
// that names no one ("Tham mưu UBND huyện:"), which the task's words
// continue; "" when there is none.
func (x *extractor) leadIn(c candidate) string {
	if len(c.above) == 0 {
		return ""
	}
	a := c.above[len(c.above)-1]
	t := strings.TrimSpace(withoutMarker(a))
	if a.Field == "assignee" || a.Field == "title" || !strings.HasSuffix(t, ":") || len(strings.Fields(t)) > 8 {
		return ""
	}
	if len(x.readNamed(t, false).Owners) > 0 || partLabel(t) {
		return ""
	}
	return t
}

// partLabels open a lead-in that names the part the tasks under it make
// ("2. Nhiệm vụ thời gian tới:", "Một số nhiệm vụ trọng tâm:", "3. Giao
// nhiệm vụ:" over a) b) c) points that each name their owner): it says
// nothing of a task, so no task's text repeats it.
var partLabels = []string{"nhiệm vụ", "giao nhiệm vụ", "một số nhiệm vụ", "các nhiệm vụ", "giải pháp", "một số giải pháp",
	"phương hướng", "thời gian tới", "trong thời gian tới", "kết luận", "ý kiến kết luận", "chỉ đạo"}

// partLabel reports whether a lead-in names a part, not who or what.
func partLabel(lead string) bool {
	l := strings.ToLower(lead)
	for _, p := range partLabels {
		if strings.HasPrefix(l, p+" ") || strings.HasPrefix(l, p+":") {
			return true
		}
	}
	return false
}

// action returns a task's words after the lead it gives ("chủ trì,
// phối hợp với các sở, ban, ngành, địa phương"): what is to be done.
func action(s string) string {
	t := strings.TrimLeft(s, " ,:;–-")
	n := verbAt(t, 0, true)
	if n == 0 || !strings.EqualFold(t[:n], "chủ trì") {
		return strings.TrimSpace(t) // "Phối hợp chặt chẽ với X ...": who is supported is part of the task
	}
	t = strings.TrimLeft(t[n:], " ,")
	if m := coStart().FindStringIndex(t); m != nil {
		v := firstVerb(t, m[1], len(t))
		if v < 0 {
			return ""
		}
		t = t[v:]
	}
	return strings.TrimSpace(t)
}

// due resolves a candidate's deadline: its own (the source's field, else
// its words), else one a footnote it refers to sets, else the nearest
// over it.
func (x *extractor) due(c candidate, text string) Due {
	return onWeekday(x.dueOf(c, text), text)
}

// dueOf is due before the weekday a weekly task names is read.
func (x *extractor) dueOf(c candidate, text string) Due {
	if c.deadline != nil {
		return resolve(*c.deadline, x.anchor)
	}
	if d, ok := labelled(text); ok {
		return resolve(d, x.anchor)
	}
	if d, ok := pick(x.deadlines(text), false); ok {
		return resolve(d, x.anchor)
	}
	var fromNotes []cite.Deadline
	for _, id := range c.seg.Notes {
		fromNotes = append(fromNotes, x.deadlines(x.notes[id])...)
	}
	if d, ok := pick(fromNotes, true); ok {
		return resolve(d, x.anchor)
	}
	if c.inherited != nil {
		return resolve(*c.inherited, x.anchor)
	}
	for i := len(c.above) - 1; i >= 0; i-- {
		if d, ok := pick(x.deadlines(c.above[i].Text), false); ok {
			return resolve(d, x.anchor)
		}
	}
	return Due{}
}

// pick chooses a task's deadline among those its words give: the dated
// one that ends last (the task is done when its last part is), else a
// recurring one, else a start. datedOnly takes dated ones alone, as a
// footnote that cites a law "có hiệu lực từ ngày ..." sets no start.
func pick(ds []cite.Deadline, datedOnly bool) (cite.Deadline, bool) {
	var best cite.Deadline
	var bestLast cite.Date
	found := false
	for _, d := range ds {
		if !d.IsReal() {
			continue
		}
		if _, last, ok := d.Span(); ok && d.Kind != cite.From && (!found || last.Compare(bestLast) > 0) {
			best, bestLast, found = d, last, true
		}
	}
	if found || datedOnly {
		return best, found
	}
	for _, kind := range []cite.DeadlineKind{cite.Every, cite.From} {
		for _, d := range ds {
			if d.Kind == kind && d.IsReal() {
				return d, true
			}
		}
	}
	return cite.Deadline{}, false
}
