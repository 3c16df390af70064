package compose

import (
	"strings"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// Defaults of the meeting's phrases.
const (
	defaultDiscussion = "ý kiến phát biểu của các đại biểu dự họp"
	defaultConclusion = "kết luận như sau"
	defaultMeeting    = "cuộc họp"
)

// meetingNouns are the words a meeting's name may start with; the first
// that matches names the meeting in "Tham dự <noun> có".
var meetingNouns = []string{"buổi làm việc", "buổi họp", "cuộc họp", "hội nghị", "phiên họp", "hội thảo"}

// opening is the first paragraph (spec §13.4): when, who organised and who
// chaired, what the meeting was, who attended.
//
//	<When>, <host> tổ chức <name> <purpose> <place>, do <chair> chủ trì.
//	<When>, <chair> chủ trì <name> <purpose> <place>.
//	Tham dự <noun> có: <attendee>; <attendee>.
func (c *composer) opening() []body.Run {
	m := c.n.Meeting
	what := joinWith(" ", c.notes.text(m.Name), c.notes.text(m.Purpose), c.notes.text(m.Place))
	chair := c.person(m.Chair)
	var first []body.Run
	if !m.Host.IsZero() {
		first = join(c.notes.text(m.Host), plain(" tổ chức "), what, plain(", do "), chair, plain(" chủ trì."))
	} else {
		first = join(chair, plain(" chủ trì "), what, plain("."))
	}
	out := join(plain(when(m)+", "), first)
	if len(m.Attendees) > 0 {
		var who []body.Run
		for _, a := range m.Attendees {
			who = joinWith("; ", who, trimEnd(c.notes.text(a), " ;."))
		}
		out = join(out, plain(" Tham dự "+meetingNoun(m.Name.S)+" có: "), who, plain("."))
	}
	return out
}

// when writes the meeting date: "Chiều ngày 12/4/2024", "Ngày 22/02/2023".
func when(m notice.Meeting) string {
	date := "ngày " + m.Date.Short()
	if m.PartOfDay.IsZero() {
		return "Ngày " + m.Date.Short()
	}
	return body.Plain(capitalize(plain(lowerFirst(m.PartOfDay.S)))) + " " + date
}

func meetingNoun(name string) string {
	f := cite.Fold(name)
	for _, n := range meetingNouns {
		if strings.HasPrefix(f, n) {
			return n
		}
	}
	return defaultMeeting
}

// person names an official as the notice does (Person.Form).
func (c *composer) person(p notice.Person) []body.Run {
	name, title, role := c.notes.text(p.Name), c.notes.text(p.Title), c.notes.text(p.Role)
	if p.Form == notice.FormTitle {
		return joinWith(", ", joinWith(" ", title, name), role)
	}
	return joinWith(", ", join(plain("đồng chí "), name), title, role)
}

// hinge is the "Sau khi nghe ..." paragraph that leads into the conclusions.
func (c *composer) hinge() []body.Run {
	m := c.n.Meeting
	var heard []body.Run
	for _, r := range m.Reports {
		heard = joinWith("; ", heard, joinWith(" báo cáo ", c.notes.text(r.By), trimEnd(c.notes.text(r.Content), " ;.")))
	}
	discussion := plain(defaultDiscussion)
	if !m.Discussion.IsZero() {
		discussion = trimEnd(c.notes.text(m.Discussion), " ;.,")
	}
	heard = joinWith("; ", heard, discussion)
	conclusion := plain(defaultConclusion)
	if !m.Conclusion.IsZero() {
		conclusion = trimEnd(c.notes.text(m.Conclusion), " :.")
	}
	return join(plain("Sau khi nghe "), heard, plain(", "), c.person(m.Chair), plain(" "), conclusion, plain(":"))
}
