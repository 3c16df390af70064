package check

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Role says what a piece of text is in the notice.
type Role int

const (
	RoleHeader Role = iota
	RoleTitle
	RoleSubject
	RoleOpening // the first paragraph: the meeting
	RoleHinge   // "Sau khi nghe ..."
	RoleBody
	RoleHeading // a numbered heading or an assignee's heading
	RoleItem    // a task item
	RoleClosing // the last paragraph of the body
	RoleNote
	RoleRecipient
	RoleArchive // the "Lưu:" line
	RoleSigner  // an authority line or the signer's title
	RoleName
	RoleAppendix
	RoleCell
)

// Seg is a piece of the notice's text with a way back to the source.
type Seg struct {
	Text   string
	Role   Role
	Marker string // the numbering marker written before the text, if any
	Field  string // the TOML path of the field, for TOML sources
	Notes  []string
	Raw    string // TOML: the value as written in the source, quotes included
	at     func(off int) diag.Pos
}

// PosAt returns the source position of byte off of Text.
func (s Seg) PosAt(off int) diag.Pos {
	if s.at == nil {
		return diag.Pos{}
	}
	return s.at(off)
}

// Task is something someone must do, with who and by when.
type Task struct {
	Seg      Seg  // the task's text
	Assignee *Seg // its own or its group's assignee; nil when none
	Deadline *Deadline
	// Above is what stands over the task in the outline of a TOML source,
	// outermost first: its groups' assignees (Field "assignee"), titles
	// and leading texts, and its parent items. The register of tasks reads
	// owners and deadlines named there; a text's outline is in its markers.
	Above []Seg
	// Inherited is the deadline of the nearest group or parent item over
	// the task that has one (TOML).
	Inherited *Deadline
}

// Deadline is a structured deadline (TOML) with where it is.
type Deadline struct {
	cite.Deadline
	Pos diag.Pos
}

// View is a notice as the rules see it, from TOML or from text.
type View struct {
	Path     string
	FromTOML bool
	Number   *Seg      // the number and ký hiệu ("12/TB-UBND"), or the "Số:" line of a text
	Date     cite.Date // the issuing date; Day 0 on a draft; zero when unknown
	DateSeg  *Seg      // the place and date (line)
	Header   []Seg
	Title    *Seg
	Subject  *Seg
	Body     []Seg // in order, opening to closing
	Notes    []Seg
	Recips   []Seg // Nơi nhận lines; for text, as written with "- " and ";"
	Archive  *Seg
	Signer   []Seg // authority lines, then the signer's title
	Name     *Seg
	Appendix []Seg // appendix paragraphs and table cells
	// Meeting is the meeting date, zero when unknown, and the chair.
	Meeting    cite.Date
	MeetingPos diag.Pos
	Chair      *Person
	Tasks      []Task
	Assignees  []Seg
	// Draft: the notice has no number or day yet.
	Draft bool

	// What several rules read, worked out once.
	texts     []Seg
	cites     []cited
	deadlines []foundDeadline
	wordsOf   map[string][]wordAt
	done      uint8
}

// words splits a text of the view into words, once per distinct text.
func (v *View) words(s string) []wordAt {
	if w, ok := v.wordsOf[s]; ok {
		return w
	}
	if v.wordsOf == nil {
		v.wordsOf = make(map[string][]wordAt)
	}
	w := wordsWithOffsets(s)
	v.wordsOf[s] = w
	return w
}

const (
	haveTexts = 1 << iota
	haveCites
	haveDeadlines
)

// Person is the chair as the source names them.
type Person struct {
	Name, Title string
	Pos         diag.Pos
}

// Texts returns every piece of prose: the rules about wording, citations
// and deadlines read these. The slice is built once and shared: rules must
// not change it.
func (v *View) Texts() []Seg {
	if v.done&haveTexts == 0 {
		v.texts, v.done = v.collectTexts(), v.done|haveTexts
	}
	return v.texts
}

func (v *View) collectTexts() []Seg {
	var out []Seg
	if v.Subject != nil {
		out = append(out, *v.Subject)
	}
	out = append(out, v.Body...)
	out = append(out, v.Notes...)
	out = append(out, v.Recips...)
	out = append(out, v.Appendix...)
	return out
}
