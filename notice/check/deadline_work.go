package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// A day in a sentence that gives no work sets no deadline: a date of law
// that bounds a kind of land or of case (deadline_law_date.go), the day a
// report of results counts to (deadline_cut_off.go). What tells them from
// a deadline set is that their clause names no work to do.

// workWords are verbs of work a deadline set asks for: assignVerbList and
// the verbs of finishing and sending, folded ("trình" is left out: it
// stands in "chương trình").
var workWords = func() []string {
	var out []string
	for _, v := range append([]string{"hoàn thành", "xong", "gửi", "nộp về", "bàn giao", "xử lý", "giải quyết"}, assignVerbList...) {
		out = append(out, " "+cite.Fold(v)+" ")
	}
	return out
}()

// asksWork reports whether clause, folded, names a verb of work.
func asksWork(clause string) bool {
	c := " " + strings.NewReplacer(",", " ", ";", " ").Replace(cite.Fold(clause)) + " "
	for _, w := range workWords {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// deadlineBefore is the text of d's clause before it, from the last ".",
// ";" or ":" (a list's marker and all), and deadlineAfter the text after it
// to the next ";" or the sentence's end (a "." before a space or the end;
// "6.215,4" goes on).
func deadlineBefore(d foundDeadline) string {
	s := d.seg.Text
	return s[strings.LastIndexAny(s[:d.Off], ".;:")+1 : d.Off]
}

func deadlineAfter(d foundDeadline) string {
	s := d.seg.Text[d.End:]
	end := len(s)
	if i := strings.IndexByte(s, ';'); i >= 0 {
		end = i
	}
	if i := strings.Index(s+" ", ". "); i >= 0 && i < end {
		end = i
	}
	return s[:end]
}

// spoken reports whether d is one of the deadlines whose seg text holds
// it as written (a source's deadline key does not).
func spoken(d foundDeadline) bool {
	return d.End <= len(d.seg.Text) && d.Off <= d.End
}
