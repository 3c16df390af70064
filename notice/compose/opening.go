package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice"
	"github.com/thongbao/thongbao/notice/body"
	"github.com/thongbao/thongbao/notice/cite"
)

// Defaults of the meeting's phrases.
const (
	defaultVerb       = "chủ trì"
	defaultDiscussion = "ý kiến phát biểu của các đại biểu dự họp"
	defaultConclusion = "kết luận như sau"
	defaultMeeting    = "cuộc họp"
)

// meetingNouns are the words a meeting's name may start with; the first
// that matches names the meeting in "Tham dự <noun> có".
var meetingNouns = []string{"buổi làm việc", "buổi họp", "buổi kiểm tra", "cuộc họp", "cuộc kiểm tra", "đợt kiểm tra", "hội nghị", "phiên họp", "hội thảo"}

// openingParas are the paragraphs before the numbered parts: the opening
// (spec §13.4) and "Sau khi nghe ...", each as written when the source
// gives it, else made from the meeting.
func (c *composer) openingParas() [][]body.Run {
	m := c.n.Meeting
	var out [][]body.Run
	if len(m.Opening) > 0 {
		for _, p := range m.Opening {
			out = append(out, c.notes.text(p))
		}
	} else {
		out = append(out, c.opening())
	}
	hinge := c.hinge()
	switch {
	case len(hinge) == 0:
	case m.OneParagraph && len(out) > 0:
		out[len(out)-1] = joinWith(" ", out[len(out)-1], hinge)
	default:
		out = append(out, hinge)
	}
	return out
}

// opening is the first paragraph made from the meeting: when, who
// organised and who chaired, what the meeting was, who attended.
//
//	<When>, <host> tổ chức <name> <purpose> <place>, do <chair> <verb>.
//	<When>, <chair> <verb> <name> <purpose> <place>.
//	Tham dự <noun> có: <attendee>; <attendee>.
func (c *composer) opening() []body.Run {
	m := c.n.Meeting
	what := joinWith(" ", c.notes.text(m.Name), c.notes.text(m.Purpose), c.notes.text(m.Place))
	chair := c.person(m.Chair)
	verb := plain(defaultVerb)
	if m.Verb != nil {
		verb = trimEnd(c.notes.text(*m.Verb), " ,.")
	}
	var first []body.Run
	switch {
	case !m.Host.IsZero() && len(verb) == 0:
		first = join(c.notes.text(m.Host), plain(" tổ chức "), what)
	case !m.Host.IsZero():
		first = join(c.notes.text(m.Host), plain(" tổ chức "), what, plain(", do "), joinWith(" ", chair, verb))
	default:
		first = joinWith(" ", chair, verb, what)
	}
	out := join(c.when(m), plain(", "), trimEnd(first, " ."))
	if len(m.Attendees) == 0 {
		return join(out, plain("."))
	}
	var who []body.Run
	for _, a := range m.Attendees {
		who = joinWith("; ", who, trimEnd(c.notes.text(a), " ;."))
	}
	lead := plain("Tham dự " + meetingNoun(m.Name.S) + " có:")
	if !m.Attendance.IsZero() {
		lead = c.notes.text(m.Attendance)
	}
	sep := ". "
	if startsLower(lead) {
		sep = "; "
	}
	return join(out, plain(sep), lead, plain(" "), who, plain("."))
}

// when writes the time of the meeting: as the source says it, or from the
// date: "Chiều ngày 12/4/2024", "Ngày 22/02/2023".
func (c *composer) when(m notice.Meeting) []body.Run {
	if !m.When.IsZero() {
		return capitalize(trimEnd(c.notes.text(m.When), " ,"))
	}
	if m.PartOfDay.IsZero() {
		return plain("Ngày " + m.Date.Short())
	}
	return capitalize(plain(lowerFirst(m.PartOfDay.S) + " ngày " + m.Date.Short()))
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
	return joinWith(", ", joinWith(p.Separator.Join(), join(plain("đồng chí "), name), title), role)
}

// hinge is the "Sau khi nghe ..." paragraph that leads into the
// conclusions: as the source writes it, or made from the reports; none
// when the source says heard = "", or names no chair to conclude.
func (c *composer) hinge() []body.Run {
	m := c.n.Meeting
	if m.Heard != nil {
		return c.notes.text(*m.Heard)
	}
	if m.Chair.IsZero() {
		return nil
	}
	// A report is followed by "; ", but a bare "<by> báo cáo" by a comma:
	// "Sau khi nghe Sở Công Thương báo cáo, ý kiến phát biểu ...".
	var heard []body.Run
	sep := "; "
	for _, r := range m.Reports {
		report := join(c.notes.text(r.By), plain(" báo cáo"))
		content := trimEnd(c.notes.text(r.Content), " ;.")
		if len(content) > 0 {
			report = join(report, plain(" "), content)
		}
		heard = joinWith(sep, heard, report)
		sep = "; "
		if len(content) == 0 {
			sep = ", "
		}
	}
	discussion := plain(defaultDiscussion)
	if !m.Discussion.IsZero() {
		discussion = trimEnd(c.notes.text(m.Discussion), " ;.,")
	}
	heard = joinWith(sep, heard, discussion)
	conclusion := plain(defaultConclusion)
	if !m.Conclusion.IsZero() {
		conclusion = trimEnd(c.notes.text(m.Conclusion), " :.")
	}
	chair := c.person(m.Chair)
	if !m.Chair.Short.IsZero() {
		chair = c.notes.text(m.Chair.Short)
	}
	return join(plain("Sau khi nghe "), heard, plain(", "), chair, plain(" "), conclusion, plain(":"))
}

// startsLower reports whether the text of runs starts with a lower-case
// letter.
func startsLower(runs []body.Run) bool {
	for _, r := range runs {
		if r.Text == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(r.Text)
		return unicode.IsLower(first)
	}
	return false
}
