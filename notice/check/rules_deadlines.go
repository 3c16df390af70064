package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(
		&Rule{ID: "deadline-date", Severity: diag.Error, Ref: diag.Practice, Run: deadlineDate,
			Title: diag.Msg("thời hạn là ngày có thật", "a deadline is a real date"),
			Help:  diag.Msg("sửa ngày, tháng của thời hạn", "correct the day and month of the deadline")},
		&Rule{ID: "deadline-before-meeting", Conclusions: true, Severity: diag.Error, Ref: diag.Practice, Run: deadlineBeforeMeeting,
			Title: diag.Msg("thời hạn không trước ngày họp", "no deadline falls before the meeting"),
			Help:  diag.Msg("thời hạn giao tại cuộc họp phải sau ngày họp; kiểm tra lại năm, tháng", "a deadline set at a meeting comes after it; check the year and month")},
		&Rule{ID: "deadline-before-notice", Severity: diag.Warning, Ref: diag.Practice, Run: deadlineBeforeNotice,
			Title: diag.Msg("thời hạn không trước ngày ban hành thông báo", "no deadline falls before the notice is issued"),
			Help:  diag.Msg("một thời hạn đã qua khi thông báo được ban hành thì không ai thực hiện được; sửa thời hạn hoặc ngày ban hành", "a deadline that has passed when the notice is issued cannot be met; fix it or the issuing date")},
		&Rule{ID: "deadline-past", Severity: diag.Warning, Ref: diag.Practice, Run: deadlinePast,
			Title: diag.Msg("thời hạn của bản dự thảo chưa qua", "a draft's deadlines have not passed"),
			Help:  diag.Msg("bản dự thảo có thời hạn đã qua so với ngày đối chiếu (hôm nay); sửa thời hạn trước khi trình ký", "the draft has a deadline already past today (--today); fix it before signing")},
		&Rule{ID: "deadline-mismatch", Severity: diag.Error, Ref: diag.Practice, Run: deadlineMismatch,
			Title: diag.Msg("thời hạn ghi trong câu khớp với thời hạn khai riêng của nhiệm vụ", "the deadline in the text matches the deadline field"),
			Help:  diag.Msg("sửa cho câu và thời hạn khai riêng của nhiệm vụ nêu cùng một thời hạn", "make the text and the deadline field say the same deadline")},
		&Rule{ID: "task-owner", Conclusions: true, Only: []DocType{ThongBao}, Severity: diag.Warning, Ref: diag.Practice, Run: taskOwner,
			Title: diag.Msg("nhiệm vụ có thời hạn thì có cơ quan được giao", "a task with a deadline has someone to do it"),
			Help:  diag.Msg("nêu đơn vị được giao thực hiện nhiệm vụ", "name who must do it (assignee)")},
	)
}

// foundDeadline is a deadline written in a text.
type foundDeadline struct {
	cite.Deadline
	seg *Seg
}

// deadlines returns the deadlines written in the notice's prose and the
// structured ones of a TOML source, read once.
func deadlines(v *View) []foundDeadline {
	if v.done&haveDeadlines == 0 {
		v.deadlines, v.done = findDeadlines(v), v.done|haveDeadlines
	}
	return v.deadlines
}

func findDeadlines(v *View) []foundDeadline {
	var out []foundDeadline
	texts := v.Texts()
	for i := range texts {
		for _, d := range v.deadlinesIn(texts[i].Text) {
			out = append(out, foundDeadline{d, &texts[i]})
		}
	}
	for _, t := range v.Tasks {
		if t.Deadline == nil || stated(t) {
			continue
		}
		d := t.Deadline.Deadline
		if d.Text == "" {
			d.Text = d.Phrase()
		}
		pos := t.Deadline.Pos
		out = append(out, foundDeadline{d, &Seg{at: func(int) diag.Pos { return pos }}})
	}
	return out
}

// taskDeadlinesBefore are the real deadlines this notice sets whose
// last day falls before day: all that deadline-before-meeting,
// deadline-before-notice and deadline-past report on. The dates, cheap
// to compare, are asked first, and the words around a deadline
// (isTaskDeadline) only of those left: most of a notice's deadlines
// fall after its meeting, its issue and today. Each rule still asks the
// same of each deadline it is given, and reports what it reported when
// given every deadline the notice sets.
func taskDeadlinesBefore(v *View, day cite.Date) []foundDeadline {
	var out []foundDeadline
	for _, d := range deadlines(v) {
		if _, last, ok := d.Span(); ok && d.IsReal() && last.Compare(day) < 0 && isTaskDeadline(v, d) {
			out = append(out, d)
		}
	}
	return out
}

// isTaskDeadline reports whether d is a deadline this notice sets: not
// one a footnote quotes from another document ("Nhiệm vụ giao tại Công
// văn số ...; hoàn thành trước ngày 30/10/2024"), nor one of a text in
// quotation marks, nor a date of law that bounds a kind (boundsKind), the
// day a report counts to (cutOff), a deadline told as missed
// (toldMissed) or the period a thing covers (periodOfThing).
func isTaskDeadline(v *View, d foundDeadline) bool {
	return d.seg.Role != RoleNote && !quoted(d.seg.Text, d.Off) && !reported(d) && !toldDone(d) && !boundsKind(d, v.Date) && !cutOff(d) && !toldMissed(d) && !periodOfThing(d)
}

// reported reports whether a period is told as what happened, not set as
// a task: a range or a start in a sentence that says "đã" ("Từ ngày
// 22/7/2026 đến ngày 05/8/2026, ... đã gửi hồ sơ"), or that is the whole
// sentence ("Từ ngày 22/7/2026 đến ngày 05/8/2026.") followed by one that
// does; any other deadline after words of its clause that tell a task done
// (clauseToldDone: "... đã hoàn thành trước ngày 30/6/2026", the report of
// results a kết luận opens with). A "đã" after the deadline is toldDone's
// to read, within its bound: "các em đã nhận học bổng" after it is the
// work's object, not the work done.
func reported(d foundDeadline) bool {
	s := d.seg.Text
	if d.End > len(s) || d.Off > d.End {
		return false // a source's deadline key sets a task; it tells nothing
	}
	start := strings.LastIndexAny(s[:d.Off], ".;:") + 1
	end := len(s)
	if i := strings.IndexAny(s[d.End:], ".;"); i >= 0 {
		end = d.End + i
	}
	if d.Kind != cite.Between && d.Kind != cite.From {
		return clauseToldDone(s[start:d.Off])
	}
	if strings.Contains(" "+s[start:end]+" ", " đã ") {
		return true
	}
	if strings.TrimSpace(s[start:d.Off]) == "" && strings.Trim(s[d.End:end], " ,") == "" && end < len(s) {
		next := s[end+1:]
		if i := strings.IndexAny(next, ".;"); i >= 0 {
			next = next[:i]
		}
		return strings.Contains(" "+next+" ", " đã ")
	}
	return false
}

// stated reports whether a task's text already states its structured
// deadline, which is then checked once, where the text says it.
func stated(t Task) bool {
	for _, f := range cite.FindDeadlines(t.Seg.Text) {
		if f.Same(t.Deadline.Deadline) {
			return true
		}
	}
	return false
}

func deadlineDate(p *Pass) {
	dashRangesBackwards(p) // date_range_dash.go: "08/12/2026 - 06/12/2026"
	monthSpansBackwards(p) // date_range_months.go: "từ tháng 3 năm 2025 đến tháng 9 năm 2024"
	timeSpansBackwards(p)  // time_span_backwards.go: "buổi chiều từ 13 giờ 30 đến 12 giờ 30"
	for _, d := range deadlines(p.View) {
		switch {
		case d.IsReal():
		case d.Kind == cite.Between && d.Date.IsReal() && d.Until.IsReal():
			// "từ ngày 02/8/2018 đến 10/8/2010": both days exist, the
			// last before the first; the slip is most often the year.
			// "từ ngày 26 đến ngày 19 tháng 12 năm 2026": in one month,
			// the slip is a day.
			fix := diag.Msg("kiểm tra lại năm, tháng của ngày bắt đầu và ngày kết thúc", "check the year and month of its first and last days")
			if d.Date.Year == d.Until.Year && d.Date.Month == d.Until.Month {
				fix = diag.Msg("kiểm tra lại ngày bắt đầu và ngày kết thúc", "check its first and last days")
			}
			if d.Date.Year == d.Until.Year && d.Date.Month == d.Until.Month && firstDayBare(d.Text) {
				reportBareFirstDay(p, d) // date_range_bare_day.go
				continue
			}
			p.Report(d.seg, d.Off, diag.Msg("khoảng thời gian %q kết thúc trước ngày bắt đầu", "the period %q ends before it starts", d.Text), fix)
		default:
			p.Report(d.seg, d.Off, diag.Msg("thời hạn %q không phải ngày có thật", "deadline %q is not a real date", d.Text))
		}
	}
}

func deadlineBeforeMeeting(p *Pass) {
	m := p.View.Meeting
	if !m.IsComplete() || !m.IsReal() { // a meeting on no real day: meeting-date says so
		return
	}
	for _, d := range taskDeadlinesBefore(p.View, m) {
		if toldOfMeeting(d) { // deadline_period_thing.go
			continue
		}
		if _, last, ok := d.Span(); ok && d.IsReal() && last.Compare(m) < 0 {
			p.Report(d.seg, d.Off, diag.Msg("thời hạn %q trước ngày họp %s", "deadline %q is before the meeting of %s", d.Text, m.Short()))
		}
	}
}

func deadlineBeforeNotice(p *Pass) {
	issued := p.View.Date
	if issued.IsZero() || issued.Month == 0 {
		return
	}
	meeting := p.View.Meeting
	for _, d := range taskDeadlinesBefore(p.View, issued.First()) {
		_, last, ok := d.Span()
		if !ok || !d.IsReal() || last.Compare(issued.First()) >= 0 || toldOfMeeting(d) {
			continue
		}
		if !p.View.Conclusions && !askedDeadline(d, issued.First(), issued.Day > 0) {
			continue // deadline_asked.go: only work the sentence asks, outside a kết luận
		}
		if meeting.IsComplete() && meeting.IsReal() && last.Compare(meeting) < 0 {
			continue // reported as before the meeting
		}
		p.Report(d.seg, d.Off, diag.Msg("thời hạn %q trước ngày ban hành thông báo (%s)", "deadline %q is before the notice is issued (%s)", d.Text, issuedText(issued)))
	}
}

func issuedText(d cite.Date) string {
	if d.Day == 0 {
		return "tháng " + d.Short()
	}
	return d.Short()
}

func deadlinePast(p *Pass) {
	today := p.Opts.Today
	if !p.View.Draft || !today.IsComplete() {
		return
	}
	meeting := p.View.Meeting
	for _, d := range taskDeadlinesBefore(p.View, today) {
		_, last, ok := d.Span()
		if meeting.IsComplete() && meeting.IsReal() && last.Compare(meeting) < 0 {
			continue // reported as before the meeting
		}
		if ok && d.IsReal() && last.Compare(today) < 0 {
			p.Report(d.seg, d.Off, diag.Msg("thời hạn %q đã qua (hôm nay là %s)", "deadline %q has passed (today is %s)", d.Text, today.Short()))
		}
	}
}

func deadlineMismatch(p *Pass) {
	for _, t := range p.View.Tasks {
		if t.Deadline == nil || t.Seg.Text == "" {
			continue
		}
		found := cite.FindDeadlines(t.Seg.Text)
		if len(found) == 0 {
			continue
		}
		same := false
		for _, f := range found {
			same = same || f.Same(t.Deadline.Deadline)
		}
		if !same {
			seg := t.Seg
			p.Report(&seg, found[0].Off, diag.Msg("câu ghi thời hạn %q nhưng thời hạn khai riêng của nhiệm vụ là %q", "the text says %q but the deadline field says %q", found[0].Text, t.Deadline.Words()))
		}
	}
}

func taskOwner(p *Pass) {
	rows := tableTaskOwners(p) // task_owner_table.go
	for _, t := range p.View.Tasks {
		if t.Assignee != nil || rows[t.Seg.LineAt(0)] {
			continue
		}
		has := t.Deadline != nil
		if t.Seg.Role == RoleItem {
			if grantedToTold(t.Seg) || MemberLine(t.Seg.Text) { // task_owner_granted.go, assignee_member_line.go
				continue
			}
			has = has || len(cite.FindDeadlines(t.Seg.Text)) > 0
		}
		if t.Seg.Role == RoleHeading {
			has = has || pointDeadline(t.Seg.Text) && !ledByOwner(p.View.Body, t.Seg) // task_owner_point.go, task_owner_named.go
		}
		if has {
			seg := t.Seg
			p.Report(&seg, 0, diag.Msg("nhiệm vụ có thời hạn nhưng không nêu ai thực hiện", "a task has a deadline but no one to do it"))
		}
	}
}
