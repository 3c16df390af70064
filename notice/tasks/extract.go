package tasks

import (
	"strings"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// candidate is a piece of a notice that may be a task, with what stands
// over it in the outline.
type candidate struct {
	seg       check.Seg
	text      string      // the seg's words, its marker removed
	above     []check.Seg // outermost first
	owner     *check.Seg  // the structured owner (TOML), when the source gives one
	deadline  *cite.Deadline
	inherited *cite.Deadline
	heading   bool // a numbered heading (text), which may name nothing but an owner
	item      bool // an item or heading, not a paragraph of prose
}

// Extract reads the tasks of one notice: every task that names an owner,
// or has a deadline, with one line per owner.
func Extract(s *check.Source) (*Notice, []Task) {
	v := s.View()
	n := noticeOf(v)
	var cands []candidate
	if v.FromTOML {
		cands = fromTOML(v)
	} else {
		cands = fromText(v)
	}
	notes := s.Footnotes()
	leads := leadIns(cands)
	anchor := n.Date
	if !anchor.IsComplete() {
		anchor = n.Meeting
	}
	if !anchor.IsComplete() && anchor.Year > 0 && anchor.Month > 0 {
		anchor = anchor.First()
	}
	var out []Task
	for _, c := range cands {
		out = append(out, c.tasks(n, notes, leads, anchor)...)
	}
	return n, out
}

// noticeOf is what the register keeps of a notice's view.
func noticeOf(v *check.View) *Notice {
	n := &Notice{Path: v.Path, Date: v.Date, Meeting: v.Meeting}
	if v.Number != nil {
		num := strings.TrimSpace(v.Number.Text)
		if !v.FromTOML {
			num = strings.TrimSpace(numberLine.ReplaceAllString(num, ""))
		}
		n.Number = num
		n.number, _ = cite.ParseNumber(num)
	}
	if v.Subject != nil {
		n.Subject = v.Subject.Text
	}
	for _, s := range v.Texts() {
		for _, c := range cite.FindCitations(s.Text) {
			if c.Date.IsComplete() && c.Number.Seq != "" {
				n.cites = append(n.cites, c)
			}
		}
	}
	return n
}

// fromTOML takes the tasks of a TOML source as the checker's view has
// them: each with its structured owner, deadline and outline.
func fromTOML(v *check.View) []candidate {
	var out []candidate
	for _, t := range v.Tasks {
		if t.Seg.Text == "" && t.Deadline == nil {
			continue
		}
		c := candidate{seg: t.Seg, text: t.Seg.Text, above: t.Above, owner: t.Assignee, item: true}
		if t.Deadline != nil {
			c.deadline = &t.Deadline.Deadline
		}
		if t.Inherited != nil {
			c.inherited = &t.Inherited.Deadline
		}
		out = append(out, c)
	}
	return out
}

// fromText takes the tasks of a text from its outline: each numbered
// heading, item and paragraph of the body, under the headings and items
// its markers put it.
func fromText(v *check.View) []candidate {
	var out []candidate
	var stack []level
	for _, s := range v.Body {
		switch s.Role {
		case check.RoleHeading, check.RoleItem, check.RoleBody:
		default:
			continue
		}
		rank := markerRank(s.Marker)
		if rank < 0 {
			for len(stack) > 0 && stack[len(stack)-1].rank >= rankDash {
				stack = stack[:len(stack)-1] // prose after items belongs to their heading
			}
		} else {
			for len(stack) > 0 && stack[len(stack)-1].rank >= rank {
				stack = stack[:len(stack)-1]
			}
		}
		above := make([]check.Seg, len(stack))
		for i, l := range stack {
			above[i] = l.seg
		}
		out = append(out, candidate{seg: s, text: withoutMarker(s), above: above,
			heading: rank >= 0 && rank < rankDash, item: rank >= 0})
		if rank >= 0 {
			stack = append(stack, level{rank: rank, seg: s})
		}
	}
	return out
}

type level struct {
	rank int
	seg  check.Seg
}

// The ranks of markers, outermost first: "I.", "1.", "2.1." (deeper with
// each dot), "a)", "-", "+".
const (
	rankLetter = 10
	rankDash   = 11
	rankPlus   = 12
)

// markerRank returns the depth of a marker in the outline, -1 for none.
func markerRank(m string) int {
	switch {
	case m == "":
		return -1
	case m == "-":
		return rankDash
	case m == "+":
		return rankPlus
	case strings.HasSuffix(m, ")"):
		return rankLetter
	case cite.RomanValue(strings.TrimSuffix(m, ".")) > 0:
		return 0
	}
	return 1 + strings.Count(strings.TrimSuffix(m, "."), ".")
}

// withoutMarker returns the words of a text's paragraph after its marker.
func withoutMarker(s check.Seg) string {
	if s.Marker != "" && strings.HasPrefix(s.Text, s.Marker) {
		return strings.TrimLeft(s.Text[len(s.Marker):], " \u00a0")
	}
	return s.Text
}

// leadIns returns the pieces of text that stand over another in the
// outline, by where they start: a lead-in ending with ":" is not a task
// of its own.
func leadIns(cands []candidate) map[diag.Pos]bool {
	out := map[diag.Pos]bool{}
	for _, c := range cands {
		for _, a := range c.above {
			out[a.PosAt(0)] = true
		}
	}
	return out
}
