package tasks

import (
	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// Task is one line of the register: one owner's part in one task of a
// notice. A task given to several bodies is a line for each.
type Task struct {
	Owner  string // the body or person, as the notice names it; "" when it names no one
	Role   Role
	Short  string // the task in a few words
	Text   string // the task's whole text
	Due    Due
	Notice *Notice
	Pos    diag.Pos // where the task's text starts in its file
	// History lists the earlier notices that set the same task, oldest
	// first, when the notice cites them; the task's own fields are those
	// of its latest notice.
	History []Revision
	UID     string // stable across runs: from the first notice and the task
	Status  Status // against the day of Select
	Next    cite.Date
	key     ownerKey
	words   []string
}

// Revision is what an earlier notice said of a task.
type Revision struct {
	Notice *Notice
	Due    Due
	Text   string
}

// Notice is what the register keeps of a notice.
type Notice struct {
	Path    string
	Number  string    // "12/TB-UBND"; "/TB-UBND" on a draft; "" when the text has none
	Date    cite.Date // the issuing date; Day 0 on a draft
	Subject string    // the trích yếu
	Meeting cite.Date
	number  cite.Number
	cites   []string // the notices it cites, by noticeKey
}

// Ref names the notice as a clerk cites it: "số 12/TB-UBND ngày
// 14/10/2024", "số /TB-UBND tháng 10/2024" for a draft; its file when it
// has no number.
func (n *Notice) Ref(lang diag.Lang) string {
	s := diag.Msg("số %s", "no. %s", n.Number).In(lang)
	if n.Number == "" {
		s = diag.PathIn(n.Path, lang)
	}
	switch {
	case n.Date.IsComplete():
		s += diag.Msg(" ngày %s", " of %s", n.Date.Short()).In(lang)
	case n.Date.Year > 0 && n.Date.Month > 0:
		s += diag.Msg(" tháng %s", " of %s", n.Date.Short()).In(lang)
	}
	return s
}

// cited reports whether n has a number and a whole date others can cite
// it by.
func (n *Notice) cited() bool { return n.number.Seq != "" && n.Date.IsComplete() }

// ownerKey is the form owners are compared in.
type ownerKey string
