package tasks

import (
	"slices"
	"strings"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/plain"
	"github.com/thongbao/thongbao/notice/reading"
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

// Extract reads the tasks of one notice, however it was read: every task
// that names an owner, or has a deadline, with one line per owner.
func Extract(r *reading.Reading) (*Notice, []Task) {
	v := viewOf(r)
	n := noticeOf(v)
	var cands []candidate
	if v.FromTOML {
		cands = fromTOML(v)
	} else {
		cands = fromText(v)
	}
	x := &extractor{n: n, notes: footnotes(r), leads: leadIns(cands), anchor: n.Date,
		named: map[namedKey]named{}, keys: map[string]ownerKey{}, found: map[string][]cite.Deadline{}, above: map[namedKey][]owner{}}
	if !x.anchor.IsComplete() {
		x.anchor = n.Meeting
	}
	if !x.anchor.IsComplete() && x.anchor.Year > 0 && x.anchor.Month > 0 {
		x.anchor = x.anchor.First()
	}
	var out []Task
	for _, c := range cands {
		out = append(out, x.tasks(c)...)
	}
	return n, append(out, x.appendixTasks(r, v)...)
}

// extractor is what the tasks of one notice share: the notice, its
// footnotes, its lead-ins, the day recurring tasks start from, and what
// was read once of texts that stand over several tasks.
type extractor struct {
	n      *Notice
	notes  map[string]string
	leads  map[string]bool
	anchor cite.Date
	named  map[namedKey]named
	keys   map[string]ownerKey
	found  map[string][]cite.Deadline
	above  map[namedKey][]owner
}

// deadlines is cite.FindDeadlinesDated, once per text, a day without its
// year read in the notice's (cite.YearLess, Onward: "trước ngày 15/12"),
// without the dates of law that bound a kind ("hồ sơ nộp trước ngày
// 01/7/2014": no task is due then) and those that tell what happened
// ("Trong tháng 11, các đơn vị đã hoàn thành ..."), read as check reads
// them (check.BoundsKind, check.TellsDone).
func (x *extractor) deadlines(text string) []cite.Deadline {
	d, ok := x.found[text]
	if !ok {
		d = slices.DeleteFunc(cite.FindDeadlinesDated(text, x.n.Date), func(dl cite.Deadline) bool {
			return check.BoundsKind(text, dl, x.anchor) || check.TellsDone(text, dl) && !workBeforeDone(text, dl)
		})
		x.found[text] = d
	}
	return d
}

// workBeforeDone reports whether a verb of work stands before the first
// "đã" of a deadline's clause: the "đã" then tells of the work's object,
// not of the work ("Văn phòng thu hồi tài liệu đã phát cho các thôn trước
// ngày 28/11/2026"), and the register keeps the deadline, though check
// reads the day as maybe the handing out's: a task shown with no day
// hides the day it was due.
func workBeforeDone(text string, dl cite.Deadline) bool {
	if dl.Off < 0 || dl.Off > len(text) {
		return false
	}
	start := strings.LastIndexAny(text[:dl.Off], ".;:") + 1
	k := strings.Index(" "+text[start:dl.Off], " đã ")
	return k > 0 && firstVerb(text, start, start+k) >= 0
}

type namedKey struct {
	text    string
	heading bool
}

// readNamed is readNamed, once per text.
func (x *extractor) readNamed(text string, heading bool) named {
	k := namedKey{text, heading}
	nm, ok := x.named[k]
	if !ok {
		nm = readNamed(text, heading)
		x.named[k] = nm
	}
	return nm
}

// key is an owner's comparison key, once per name.
func (x *extractor) key(name string) ownerKey {
	k, ok := x.keys[name]
	if !ok {
		k = ownerKey(check.BodyKey(name))
		x.keys[name] = k
	}
	return k
}

// viewOf is the checker's view of a notice: of its TOML source, or of its
// paragraphs (a text's, a Word file's listing).
func viewOf(r *reading.Reading) *check.View {
	if r.Notice != nil {
		return check.FromNotice(r.Notice)
	}
	return check.FromText(r.Text)
}

// footnotes returns the text of each footnote by the label its references
// use: the id of a TOML footnote ("cv4979" for [^cv4979]), the number of
// a text's.
func footnotes(r *reading.Reading) map[string]string {
	out := map[string]string{}
	if r.Notice != nil {
		for _, f := range r.Notice.Footnotes {
			out[f.ID] = f.Text.S
		}
		return out
	}
	for _, p := range r.Text.Paras {
		if p.Kind == plain.Note && p.Number != "" {
			out[p.Number] = p.Text
		}
	}
	return out
}

// noticeOf is what the register keeps of a notice's view.
func noticeOf(v *check.View) *Notice {
	n := &Notice{Path: v.Path, Date: v.Date, Meeting: v.Meeting}
	if v.Number != nil {
		num := strings.TrimSpace(v.Number.Text)
		if !v.FromTOML {
			num = strings.TrimSpace(numberLine().ReplaceAllString(num, ""))
		}
		n.Number = num
		n.number, _ = cite.ParseNumber(num)
	}
	if v.Subject != nil {
		n.Subject = v.Subject.Text
	}
	for _, s := range v.Texts() {
		if !strings.Contains(s.Text, "TB") {
			continue // a notice cites another as "Thông báo số 01/TB-UBND ..."
		}
		for _, c := range cite.FindCitations(s.Text) {
			if c.Date.IsComplete() && c.Number.Seq != "" {
				n.cites = append(n.cites, noticeKey(c.Number, c.Date))
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
		c.deadline, c.inherited = structured(t.Deadline), structured(t.Inherited)
		out = append(out, c)
	}
	return out
}

// structured is a deadline of the source, in the words the notice
// prints it with (cite.Deadline.Words: "trong tháng 6/2023" for "2023-06",
// "Quý III/2025" as typed).
func structured(d *check.Deadline) *cite.Deadline {
	if d == nil {
		return nil
	}
	out := d.Deadline
	out.Text = out.Words()
	return &out
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

// leadIns returns the texts that stand over another in the outline: a
// lead-in ending with ":" is not a task of its own.
func leadIns(cands []candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cands {
		for _, a := range c.above {
			out[a.Text] = true
		}
	}
	return out
}
