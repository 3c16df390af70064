package importer

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/compose"
)

// The opening is written from the meeting's fields when they say it word
// for word: the fields are read off the paragraph in the forms thongbao
// writes, and a reading is kept only when the paragraph made from it is
// the paragraph as written.

var (
	// attendanceRe introduces the attendees: "Tham dự cuộc họp có:",
	// "Dự họp có", "; cùng dự họp có".
	attendanceRe = lazyre.New(`(?:\. |; )((?i:tham dự|dự họp|cùng dự họp|cùng dự|thành phần tham dự|thành phần dự họp)[^.;:]{0,60}? có:?) `)
	hostDoRe     = lazyre.New(`^(.+?) tổ chức (.+), do (.+) (chủ trì|đã chủ trì)$`)
	hostRe       = lazyre.New(`^(.+?) tổ chức (.+)$`)
	partOfDayRe  = lazyre.New(`^(Sáng|Chiều|Tối) ngày (.+)$`)
	chairVerbs   = []string{"đã chủ trì", "chủ trì", "kiểm tra", "làm việc với"}
)

// structured writes the opening from the meeting's fields when they say
// it word for word, and reports whether they do.
func (im *importer) structured(open []string, heard string) bool {
	if len(open) != 1 || open[0] == "" {
		return false
	}
	for _, m := range im.readings(open[0], heard) {
		m.Heard, m.OneParagraph = im.d.Meeting.Heard, im.d.Meeting.OneParagraph
		if !says(m, open[0], heard) {
			continue
		}
		for _, h := range hinges(m, heard) {
			if says(h, open[0], heard) {
				m = h
				break
			}
		}
		im.d.Meeting = m
		return true
	}
	return false
}

// hinges are the ways the reports, the discussion, the chair and the
// conclusion may say "Sau khi nghe <by> báo cáo <content>; <discussion>,
// <chair> <conclusion>:": the chair named there must be the meeting's,
// by the name the opening gives (in other words, as chair.short), and
// the discussion must not name them.
func hinges(m meeting, heard string) []meeting {
	h, ok := strings.CutPrefix(heard, hingeWords+" ")
	if !ok || !strings.HasSuffix(h, ":") || m.Chair == nil {
		return nil
	}
	k := strings.LastIndex(h, " kết luận")
	if k < 0 {
		return nil
	}
	conclusion := strings.TrimSuffix(h[k+1:], ":")
	head := h[:k]
	name := m.Chair.Name
	var plainNames, shortNames []meeting
	for p := strings.LastIndex(head, ", "); p > 0; p = strings.LastIndex(head[:p], ", ") {
		left, chair := head[:p], head[p+2:]
		if strings.Contains(chair, "; ") || name != "" && !strings.Contains(chair, name) {
			continue
		}
		by, after, ok := strings.Cut(left, " báo cáo")
		if !ok || by == "" {
			continue
		}
		r := report{By: by}
		var discussion string
		switch {
		case strings.HasPrefix(after, ", "):
			discussion = after[2:]
		case strings.HasPrefix(after, " "):
			q := strings.LastIndex(after, "; ")
			if q < 0 {
				continue
			}
			r.Content, discussion = strings.TrimSpace(after[:q]), after[q+2:]
		default:
			continue
		}
		if name != "" && strings.Contains(discussion, name) {
			continue
		}
		c := *m.Chair
		x := m
		x.Heard, x.Reports, x.Discussion, x.Conclusion, x.Chair = nil, []report{r}, discussion, conclusion, &c
		if chair == c.rendering() {
			plainNames = append(plainNames, x)
		} else {
			c.Short = chair
			shortNames = append(shortNames, x)
		}
	}
	out := append(plainNames, shortNames...)
	return out[:min(len(out), maxHinges)]
}

// maxHinges bounds the readings of "Sau khi nghe ..." tried: each is
// composed to be compared.
const maxHinges = 12

// rendering is how the opening names a person (compose writes it).
func (p *person) rendering() string {
	var s string
	if p.Form == "title" {
		s = p.Title + " " + p.Name
	} else {
		sep := ", "
		if p.Separator == "-" || p.Separator == "–" {
			sep = " " + p.Separator + " "
		}
		s = "đồng chí " + p.Name + sep + p.Title
	}
	if p.Role != "" {
		s += ", " + p.Role
	}
	return s
}

// readings are the ways the fields may say the paragraph o.
func (im *importer) readings(o, heard string) []meeting {
	i := strings.Index(o, ", ")
	if i < 0 {
		return nil
	}
	when := o[:i]
	dates := cite.FindDates(plainOf(when))
	if len(dates) == 0 || !dates[0].Date.IsComplete() || !dates[0].Date.IsReal() {
		return nil
	}
	base := meeting{Date: dates[0].Date.ISO()}
	switch short := dates[0].Date.Short(); {
	case when == "Ngày "+short:
	case partOfDayRe().MatchString(when) && partOfDayRe().FindStringSubmatch(when)[2] == short:
		base.PartOfDay = strings.ToLower(partOfDayRe().FindStringSubmatch(when)[1])
	default:
		base.When = when
	}
	first := strings.TrimSuffix(o[i+2:], ".")
	if m := attendanceRe().FindStringSubmatchIndex(first); m != nil {
		base.Attendance = first[m[2]:m[3]]
		for _, a := range strings.Split(first[m[1]:], "; ") {
			base.Attendees = append(base.Attendees, strings.TrimSpace(a))
		}
		first = first[:m[0]]
	}
	var out []meeting
	add := func(m meeting) { out = append(out, m) }
	if m := hostDoRe().FindStringSubmatch(first); m != nil {
		for _, p := range chairs(m[3]) {
			r := base
			r.Host, r.Name, r.Chair, r.Verb = m[1], m[2], p, verbOf(m[4])
			add(r)
		}
	}
	if m := hostRe().FindStringSubmatch(first); m != nil {
		r := base
		r.Host, r.Name, r.Verb = m[1], m[2], verbOf("")
		for _, p := range chairOfHeard(heard) {
			r.Chair = p
			add(r)
		}
	}
	for _, v := range chairVerbs {
		k := strings.Index(first, " "+v+" ")
		if k <= 0 {
			continue
		}
		for _, p := range chairs(first[:k]) {
			r := base
			r.Chair, r.Name = p, first[k+len(v)+2:]
			if v != "chủ trì" {
				r.Verb = verbOf(v)
			}
			add(r)
		}
	}
	return out
}

func verbOf(v string) *string { return &v }

// chairOfHeard reads the chair named in "Sau khi nghe ..., đồng chí
// <name> - <title> kết luận:", when the opening does not name them.
func chairOfHeard(heard string) []*person {
	k := strings.LastIndex(heard, "đồng chí ")
	if k < 0 {
		return nil
	}
	e := strings.LastIndex(heard, " kết luận")
	if e < k {
		return nil
	}
	return chairs(heard[k:e])
}

// chairs are the ways c may name the chair: "đồng chí <name>, <title>"
// (or with "-", "–"), "<title> <name>[, <role>]".
func chairs(c string) []*person {
	var out []*person
	if rest, ok := strings.CutPrefix(c, "đồng chí "); ok {
		if names := check.PersonNames(rest); len(names) > 0 && strings.HasPrefix(rest, names[0]) {
			after := rest[len(names[0]):]
			for _, sep := range []struct{ text, key string }{{", ", ""}, {" - ", "-"}, {" – ", "–"}} {
				if title, ok := strings.CutPrefix(after, sep.text); ok && title != "" {
					out = append(out, &person{Name: names[0], Title: title, Separator: sep.key})
				}
			}
		}
	}
	for _, n := range check.PersonNames(c) {
		k := strings.Index(c, " "+n)
		if k <= 0 {
			continue
		}
		p := &person{Title: c[:k], Name: n, Form: "title"}
		after := c[k+1+len(n):]
		if role, ok := strings.CutPrefix(after, ", "); ok {
			p.Role = role
		} else if after != "" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// says reports whether the fields of m write the paragraph open and, after
// it, heard.
func says(m meeting, open, heard string) bool {
	d := &draft{Number: "/TB-X", Place: "X", Date: "2000-01", Subject: "X", Issuer: issuer{Name: []string{"X"}},
		Meeting: m, Closing: closing{Text: "X", Archive: "X"}, Signer: signer{Title: "X", Name: "X"}}
	n, err := notice.Load("opening.toml", d.emit())
	if err != nil {
		return false
	}
	want := []string{plainOf(open)}
	switch {
	case heard == "":
	case m.OneParagraph:
		want[0] += " " + plainOf(heard)
	default:
		want = append(want, plainOf(heard))
	}
	got := compose.Compose(n).Body
	if len(got) < len(want)+1 {
		return false
	}
	for i, w := range want {
		if folded(body.Plain(got[i].Runs)) != folded(w) {
			return false
		}
	}
	return true
}

func folded(s string) string { return strings.Join(strings.Fields(s), " ") }
