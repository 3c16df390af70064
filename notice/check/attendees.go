package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// attendeeLeads introduce the list of who attended, in the opening: "Tham
// dự cuộc họp có: ...", "Dự họp có ...", "cùng dự họp có ...", "Thành
// phần tham dự: ...".
var attendeeLeads = []string{"tham dự cuộc họp có", "tham dự hội nghị có", "tham dự buổi làm việc có", "tham dự có",
	"cùng dự họp có", "dự họp có", "thành phần tham dự", "thành phần dự họp", "tham dự"}

// attendeesOf reads who attended the meeting from the opening paragraphs
// of a text: the list after "Tham dự ... có", up to the end of its
// sentence, cut at ";" (and at "," before a new body). A notice from
// TOML lists them in meeting.attendees.
func attendeesOf(v *View) []string {
	if v.attendeesRead {
		return v.attendees
	}
	v.attendeesRead = true
	for i, s := range v.Body {
		if s.Role == RoleOpening || v.FromTOML && s.Field == "meeting.attendees" {
			if v.FromTOML {
				v.attendees = append(v.attendees, splitAttendees(s.Text)...)
				continue
			}
			v.attendees = append(v.attendees, attendeeList(s.Text)...)
		}
		if s.Role == RoleHeading && containsLit(cite.Fold(s.Text), "thành phần") {
			v.attendees = append(v.attendees, itemsAfter(v.Body[i+1:])...)
		}
	}
	return v.attendees
}

// attendeeList returns the attendees a sentence lists after its lead.
func attendeeList(s string) []string {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		lower = s // a case change moved bytes: search as written
	}
	for _, lead := range attendeeLeads {
		i := strings.Index(lower, lead)
		if i < 0 {
			continue
		}
		rest := s[i+len(lead):]
		rest = strings.TrimLeft(rest, " :")
		if j := indexLit(rest, ". "); j >= 0 {
			rest = rest[:j]
		}
		return splitAttendees(strings.TrimSuffix(rest, "."))
	}
	return nil
}

// splitAttendees splits a list of attendees at ";" and at the commas
// before a new body.
func splitAttendees(s string) []string {
	var out []string
	for _, part := range splitBodies(s) {
		part = strings.TrimSpace(part)
		// The leads are of three words at most: only the first words are
		// folded (leadingWords), again when a lead is cut off.
		f := cite.Fold(leadingWords(part, 4))
		for _, pre := range []string{"đại diện lãnh đạo", "đại diện", "lãnh đạo", "các đồng chí"} {
			if strings.HasPrefix(f, pre) && len(part) > len(pre) {
				part = strings.TrimLeft(part[len(pre):], " :")
				f = cite.Fold(leadingWords(part, 4))
			}
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// itemsAfter returns the list items that follow a heading, up to the next
// heading: the attendees of a "THÀNH PHẦN THAM DỰ" section.
func itemsAfter(body []Seg) []string {
	var out []string
	for _, s := range body {
		if s.Role == RoleHeading && s.Marker != "" && !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
			break
		}
		if s.Role == RoleItem || s.Role == RoleHeading {
			text := strings.TrimSpace(strings.TrimPrefix(s.Text, s.Marker))
			if k := strings.Index(text, ":"); k >= 0 && k < len(text)-1 {
				text = text[:k] // "Thường trực HĐND Thành phố: có mặt 09/09"
			}
			out = append(out, strings.TrimRight(text, ";.:"))
		}
	}
	return out
}

// membersLine reports whether a Nơi nhận line sends the notice to those
// who attended: "Như thành phần dự họp", "Thành phần tham dự", "Như
// thành phần mời".
func membersLine(normalLine string) bool {
	return containsLit(normalLine, " thành phần ")
}
