package tasks

import (
	"regexp"
	"strings"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

var numberLine = regexp.MustCompile(`^Số\s*:?\s*`)

// tasks resolves a candidate into the register's lines: who (its own
// words, else the nearest heading, lead-in or assignee over it that names
// someone, and whoever supports), what, and by when. A lead-in ("Tham mưu
// UBND huyện:"), a heading that names only an owner, and prose that
// names no one and sets no deadline are not tasks.
func (c candidate) tasks(n *Notice, notes map[string]string, leads map[diag.Pos]bool, anchor cite.Date) []Task {
	text := strings.TrimSpace(c.text)
	if leads[c.seg.PosAt(0)] && strings.HasSuffix(text, ":") {
		return nil
	}
	own := readNamed(text, c.heading)
	content := action(text[own.Rest:])
	if strings.Trim(content, " .:;,…") == "" {
		return nil
	}
	owners := own.Owners
	if len(owners) == 0 {
		owners = c.ownersAbove()
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
			if !hasOwner(owners, s) {
				support = append(support, s)
			}
		}
	}
	due := c.due(text, notes, anchor)
	if len(owners) == 0 && (due.Kind == DueNone || !c.item) {
		return nil
	}
	if len(owners) == 0 {
		owners = []owner{{}}
	}
	whole, short := text, shorten(content)
	if lead := c.leadIn(); lead != "" {
		whole = lead + " " + text
		short = shorten(lead + " " + lowerFirst(content))
	}
	var out []Task
	add := func(o owner) {
		out = append(out, Task{Owner: o.Name, Role: o.Role, Short: short, Text: whole, Due: due, Notice: n,
			Pos: c.seg.PosAt(0), key: ownerKey(check.BodyKey(o.Name))})
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

func hasOwner(owners []owner, name string) bool {
	k := check.BodyKey(name)
	for _, o := range owners {
		if check.BodyKey(o.Name) == k {
			return true
		}
	}
	return false
}

// ownersAbove returns the owners the nearest piece over the candidate
// names: a heading or lead-in that names one ("Giao Sở X chủ trì, phối
// hợp với Y"), or a TOML assignee.
func (c candidate) ownersAbove() []owner {
	for i := len(c.above) - 1; i >= 0; i-- {
		a := c.above[i]
		if a.Field == "assignee" {
			var out []owner
			for _, name := range splitOwners(a.Text) {
				out = append(out, owner{Name: name})
			}
			return out
		}
		t := withoutMarker(a)
		nm := readNamed(t, c.isHeading(a))
		if len(nm.Owners) == 0 {
			continue
		}
		out := nm.Owners
		for _, s := range supporters(t[nm.Rest:]) {
			if !hasOwner(out, s) {
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
	return nil
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
func (c candidate) leadIn() string {
	if len(c.above) == 0 {
		return ""
	}
	a := c.above[len(c.above)-1]
	t := strings.TrimSpace(withoutMarker(a))
	if a.Field == "assignee" || a.Field == "title" || !strings.HasSuffix(t, ":") || len(strings.Fields(t)) > 8 {
		return ""
	}
	if len(readNamed(t, false).Owners) > 0 {
		return ""
	}
	return t
}

// action returns a task's words after the role it gives ("chủ trì,
// phối hợp với các sở, ban, ngành, địa phương"): what is to be done.
func action(s string) string {
	t := strings.TrimLeft(s, " ,:;–-")
	if n := verbAt(t, 0, true); n > 0 && strings.EqualFold(t[:n], "chủ trì") {
		t = strings.TrimLeft(t[n:], " ,")
	}
	if m := coRe.FindStringIndex(t); m != nil && m[0] == 0 {
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
func (c candidate) due(text string, notes map[string]string, anchor cite.Date) Due {
	if c.deadline != nil {
		return resolve(*c.deadline, anchor)
	}
	if d, ok := pick(cite.FindDeadlines(text), false); ok {
		return resolve(d, anchor)
	}
	var fromNotes []cite.Deadline
	for _, id := range c.seg.Notes {
		fromNotes = append(fromNotes, cite.FindDeadlines(notes[id])...)
	}
	if d, ok := pick(fromNotes, true); ok {
		return resolve(d, anchor)
	}
	if c.inherited != nil {
		return resolve(*c.inherited, anchor)
	}
	for i := len(c.above) - 1; i >= 0; i-- {
		if d, ok := pick(cite.FindDeadlines(c.above[i].Text), false); ok {
			return resolve(d, anchor)
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
