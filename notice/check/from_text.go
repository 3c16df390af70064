package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/plain"
)

var (
	numberLineRe = lazyre.New(`^Số\s*:?`)
	dateLineRe   = lazyre.New(`(?i)ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})`)
	draftNumRe   = lazyre.New(`^Số\s*:?\s*/`)
)

// FromText builds the view of a notice read as plain text or Markdown.
func FromText(f *plain.File) *View {
	v := &View{Path: f.Path, Unreadable: f.Unreadable}
	var body []plain.Para
	addressee := false
	for _, p := range f.Paras {
		s := textSeg(p)
		switch p.Kind {
		case plain.Header:
			v.Header = append(v.Header, s)
			v.header(s)
		case plain.Addressee:
			s.Role = RoleHeader
			v.Addressee = &s // "Kính gửi": a Công văn
			addressee = true
		case plain.Title:
			v.Title = &s
		case plain.Subject:
			v.Subject = &s
		case plain.Body:
			body = append(body, p)
		case plain.Note:
			s.Role = RoleNote
			v.Notes = append(v.Notes, s)
		case plain.Recipient:
			s.Role = RoleRecipient
			if strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(p.Text, "-"), " "), "Lưu") {
				s.Role = RoleArchive
				v.Archive = &s
			}
			v.Recips = append(v.Recips, s)
		case plain.Signer:
			s.Role = RoleSigner
			v.Signer = append(v.Signer, s)
		case plain.Name:
			s.Role = RoleName
			v.Name = &s
		case plain.Appendix, plain.Cell:
			s.Role = RoleAppendix
			if p.Kind == plain.Cell {
				s.Role = RoleCell
			}
			v.Appendix = append(v.Appendix, s)
		}
	}
	v.body(body)
	v.recognise(v.Subject != nil && isVV(v.Subject.Text), addressee)
	return v
}

func textSeg(p plain.Para) Seg {
	s := Seg{Text: p.Text, Marker: p.Marker, Notes: p.Notes, at: p.PosAt}
	if off, ok := p.Decomposed(); ok {
		s.nfd = off + 1
	}
	return s
}

// header reads the number and the date from header lines.
func (v *View) header(s Seg) {
	if numberLineRe().MatchString(s.Text) {
		seg := s
		v.Number = &seg
		if draftNumRe().MatchString(s.Text) {
			v.Draft = true
		}
	}
	if m := dateLineRe().FindStringSubmatch(s.Text); m != nil && strings.Contains(s.Text, ",") {
		seg := s
		v.DateSeg = &seg
		day, _ := strconv.Atoi(m[1])
		month, _ := strconv.Atoi(m[2])
		year, _ := strconv.Atoi(m[3])
		v.Date = cite.Date{Year: year, Month: month, Day: day}
		if day == 0 {
			v.Draft = true
		}
	}
}

// body gives the body paragraphs their roles and reads the meeting, the
// chair, the assignees and the tasks from them.
func (v *View) body(ps []plain.Para) {
	var owner, lead *Seg // the heading's assignee; the lead-in's owner, for the items after it
	for i, p := range ps {
		s := textSeg(p)
		switch {
		case i == 0 && p.Marker == "":
			s.Role = RoleOpening
		case strings.HasPrefix(p.Text, "Sau khi nghe"):
			s.Role = RoleHinge
		case i == len(ps)-1 && p.Marker == "":
			s.Role = RoleClosing
		case p.Marker == "-" || p.Marker == "+":
			s.Role = RoleItem
		case p.Marker != "":
			s.Role = RoleHeading
		default:
			s.Role = RoleBody
		}
		v.Body = append(v.Body, s)
		seg := &v.Body[len(v.Body)-1]
		if s.Role == RoleHeading || s.Role == RoleItem {
			if a := assigneeOf(*seg); a != nil {
				v.Assignees = append(v.Assignees, *a)
				if s.Role == RoleHeading {
					owner = a
				}
			}
		}
		if s.Role != RoleItem {
			lead = nil
		}
		if s.Role == RoleItem || s.Role == RoleHeading || s.Role == RoleBody {
			t := Task{Seg: *seg, Assignee: owner}
			if lead != nil {
				t.Assignee = lead
			}
			if own := ownerIn(*seg); own != nil {
				t.Assignee = own
			}
			v.Tasks = append(v.Tasks, t)
		}
		if s.Role == RoleBody || s.Role == RoleHeading {
			lead = leadOwner(*seg)
		}
	}
	v.meeting()
}

// meeting reads the meeting's date from the opening paragraph and the
// chair from the paragraph that leads into the conclusions.
func (v *View) meeting() {
	for _, s := range v.Body {
		switch s.Role {
		case RoleOpening:
			if ds := cite.FindDates(s.Text); len(ds) > 0 && v.Meeting.IsZero() {
				v.Meeting, v.MeetingPos = ds[0].Date, s.PosAt(ds[0].Off)
			}
		case RoleHinge:
			if i := strings.LastIndex(s.Text, "kết luận"); i > 0 {
				head := s.Text[:i]
				if j := strings.LastIndexAny(head, ";"); j >= 0 {
					head = head[j+1:]
				}
				if names := findNames(head); len(names) > 0 {
					n := names[len(names)-1]
					v.Chair = &Person{Name: n.text, Pos: s.PosAt(n.off)}
				} else if k := strings.LastIndex(head, ", "); k >= 0 && !anonymousChair(cite.Fold(strings.TrimSpace(head[k+2:]))) {
					v.Chair = &Person{Title: strings.TrimSpace(head[k+2:]), Pos: s.PosAt(k + 2)}
				}
			}
		}
	}
}
