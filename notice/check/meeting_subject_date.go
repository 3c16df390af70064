package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

// meetingWords name a meeting in a trích yếu, before the day it was held:
// "tại cuộc họp ngày 02/12/2026", "Hội nghị giao ban tháng 11 ngày ...".
var meetingWords = []string{"cuộc họp", "phiên họp", "buổi họp", "hội nghị", "giao ban", "buổi làm việc", "cuộc làm việc"}

// notMeetingDay are the words before "ngày" that make the day another
// than the meeting's: "tình hình đến ngày 30/11/2026", "từ ngày ...".
var notMeetingDay = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"đến": true, "hết": true, "từ": true, "trước": true, "sau": true, "tới": true}
})

// meetingSubjectDate reports a trích yếu that gives its meeting a day the
// opening does not write ("Kết luận ... tại cuộc họp ngày 02/12/2026"
// over "Ngày 02/11/2026, ..."): one of the two is a slip, as a chair
// the trích yếu names and the body does not (chair-in-subject).
func meetingSubjectDate(p *Pass) {
	v := p.View
	sub, opening := v.Subject, meetingSeg(v)
	if sub == nil || opening == nil || !v.Meeting.IsComplete() {
		return
	}
	if !v.Meeting.IsReal() && v.Date.Year != 0 && v.Date.Month != 0 {
		return // the opening's day does not exist, which meetingDate says: one slip, one finding
	}
	d, ok := subjectMeetingDay(sub.Text)
	if !ok || d.Date == v.Meeting || writesDate(opening.Text, d.Date) {
		return
	}
	p.Report(sub, d.Off, diag.Msg("trích yếu ghi cuộc họp ngày %s, phần mở đầu ghi ngày %s", "the trích yếu gives the meeting as %s, the opening as %s", d.Date.Short(), v.Meeting.Short()),
		diag.Msg("sửa ngày họp trong trích yếu hoặc ở phần mở đầu cho khớp nhau", "make the meeting's day in the trích yếu and in the opening agree"))
}

// subjectMeetingDay is the day s, a trích yếu, gives a meeting it names:
// a whole date after "ngày" in the clause of one of meetingWords.
func subjectMeetingDay(s string) (cite.DateMatch, bool) {
	for _, d := range cite.FindDates(s) {
		head := strings.TrimRight(s[:d.Off], " ")
		if !strings.HasSuffix(strings.ToLower(head), "ngày") {
			continue
		}
		head = strings.TrimRight(head[:len(head)-len("ngày")], " ")
		if notMeetingDay()[strings.ToLower(lastLetterWord(head))] {
			continue
		}
		if i := strings.LastIndexAny(head, ",;("); i >= 0 {
			head = head[i+1:]
		}
		low := strings.ToLower(head)
		for _, w := range meetingWords {
			if strings.Contains(low, w) {
				return d, true
			}
		}
	}
	return cite.DateMatch{}, false
}

// writesDate reports whether s writes the date d, in either form.
func writesDate(s string, d cite.Date) bool {
	for _, m := range cite.FindDates(s) {
		if m.Date == d {
			return true
		}
	}
	return false
}
