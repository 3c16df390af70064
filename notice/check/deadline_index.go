package check

import (
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// deadlineWords are the words a deadline may start with, in any case
// (cite.DeadlineWord): "trước", "hạn", "hằng", ...
var deadlineWords = newWordSet(func(x *lexeme) bool { return cite.DeadlineWord(x.text) })

// deadlinesIn is cite.FindDeadlinesDated(s, v.Date) (a day without its
// year is the notice's, d87), read from the words of s's index:
// cite reads only the words a deadline may start with, where
// FindDeadlines walks every byte, lowers every word and looks it up. A
// text the index does not split as FindDeadlines would (not valid
// UTF-8), or that holds "lần", where a number starts a deadline too
// ("02 tuần/lần"), is read by FindDeadlines.
func (v *View) deadlinesIn(s string) []cite.Deadline {
	x := v.index(s)
	if !x.valid || containsLit(s, "lần") {
		return cite.FindDeadlinesDated(s, v.Date)
	}
	starts := v.slabs.spans[:0]
	for k, w := range x.words {
		if !x.lex[k].in(deadlineWords) {
			continue
		}
		if w.off > 0 {
			// FindDeadlines starts no word right after a digit ("5ngày").
			if r, _ := utf8.DecodeLastRuneInString(s[:w.off]); unicode.IsDigit(r) {
				continue
			}
		}
		starts = append(starts, [2]int{w.off, w.end})
	}
	v.slabs.spans = starts
	return cite.FindDeadlinesInDated(s, starts, v.Date)
}
