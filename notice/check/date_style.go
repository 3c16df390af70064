package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

func init() {
	register(
		&Rule{ID: "date-style", Severity: diag.Warning, Ref: diag.Practice, Run: dateStyle,
			Title: diag.Msg("ngày, tháng trong văn bản viết đủ và theo một cách", "dates in the text are written in full, one way"),
			Help:  diag.Msg("viết \"trước ngày 15/8/2025\"; viết tháng theo một cách trong cả thông báo (\"tháng 9/2024\" hoặc \"tháng 9 năm 2024\")", "write \"trước ngày 15/8/2025\"; write months one way throughout (\"tháng 9/2024\" or \"tháng 9 năm 2024\")")},
		&Rule{ID: "meeting-date", Conclusions: true, Severity: diag.Warning, Ref: diag.Practice, Run: meetingDate,
			Title: diag.Msg("ngày họp gần ngày ban hành thông báo", "the meeting is close to the notice's date"),
			Help:  diag.Msg("thông báo kết luận ban hành ngay sau cuộc họp; kiểm tra lại ngày họp hoặc ngày ban hành", "a notice of conclusions follows its meeting closely; check the meeting's date or the notice's")},
	)
}

// bareDateRe finds a date after a word of time that wants "ngày" before
// it: "trước 15/8/2025", "từ 01/9/2024", "vào 09/12/2026", "sau 30/6/2026".
var bareDateRe = lazyre.New(`(?i)(?:^|[\s(,;])(trước|chậm nhất(?: là)?|không quá|không muộn hơn|đến hết|kể từ|bắt đầu từ|từ|vào|sau)\s+(\d{1,2}/\d{1,2}/\d{4})`)

// dateStyle reports a date a word of time governs without "ngày", a full
// date of the body written in the other form than the first (dateForms),
// and a notice that writes months both ways, at the spots of the less used
// way.
func dateStyle(p *Pass) {
	type month struct {
		seg  *Seg
		off  int
		text string
		long bool
	}
	dateForms(p)
	var months []month
	for _, seg := range p.View.textSegs() {
		if seg.Role != RoleArchive && p.View.holdsDigit(seg.Text) { // the three read dates in figures
			dateDotted(p, seg)
			dateSpacedDash(p, seg) // date_dashed_spaced.go
			dateUnreal(p, seg)     // date_unreal.go
			dateUnrealLong(p, seg) // date_unreal_long.go: "năm 20226"
			dateNotReal(p, seg)    // date_not_real.go: "31/11/2026"
			dateStraySign(p, seg)  // date_stray_sign.go: "27/-7/2025"
			quarterNotReal(p, seg) // quarter_not_real.go: "quý V năm 2027"
		}
		if seg.Role == RoleArchive || !strings.Contains(seg.Text, "/") && !containsLit(seg.Text, "tháng") {
			continue
		}
		dateHalfLong(p, seg) // date_half_long.go: "ngày 12, 13 tháng 11/2020"
		dateMonthDot(p, seg) // date_month_dot.go: "tháng 12.2020"
		for _, m := range findAll(bareDateRe(), seg.Text, mayBareDate(seg.Text) && seg.Role != RoleCell) {
			word, date := seg.Text[m[2]:m[3]], seg.Text[m[4]:m[5]]
			if ds := cite.FindDates(date); len(ds) == 1 && !ds[0].Date.IsReal() {
				continue // dateNotReal's: the fix would copy a day that does not exist
			}
			p.Report(seg, m[2], diag.Msg("%q thiếu chữ \"ngày\" trước ngày tháng", "%q lacks \"ngày\" before the date", word+" "+date),
				diag.Msg("viết %q", "write %q", word+" ngày "+date))
		}
		for _, m := range monthYears(seg.Text) {
			start := indexLit(strings.ToLower(seg.Text[m[0]:m[1]]), "tháng") + m[0]
			if inFullDate(seg.Text, start) {
				continue
			}
			months = append(months, month{seg, start, seg.Text[start:m[1]], containsLit(seg.Text[m[4]:m[5]], "năm")})
		}
	}
	long := 0
	for _, m := range months {
		if m.long {
			long++
		}
	}
	short := len(months) - long
	if long == 0 || short == 0 {
		return
	}
	usualLong := long > short
	var usual month
	for _, m := range months {
		if m.long == usualLong {
			usual = m
			break
		}
	}
	for _, m := range months {
		if m.long != usualLong {
			p.Report(m.seg, m.off, diag.Msg("%q viết khác cách viết tháng ở %s (%q)", "%q is written unlike the month at %s (%q)", m.text, posOf(usual.seg, usual.off), usual.text),
				diag.Msg("viết tháng theo một cách trong cả thông báo", "write months one way throughout"))
		}
	}
}

// inFullDate reports whether the month at off belongs to a full date:
// "ngày 05 tháng 01 năm 2020", "ngày    tháng 8 năm 2024".
func inFullDate(s string, off int) bool {
	before := strings.TrimRight(s[:off], " ._…") // the day may be left blank: "ngày ..... tháng 8"
	w := wordsWithOffsets(before)
	if len(w) == 0 {
		return false
	}
	last := before[len(before)-1]
	return last >= '0' && last <= '9' || strings.EqualFold(w[len(w)-1].text, "ngày") && w[len(w)-1].end == len(before)
}

// maxMeetingGap is the most days a notice of conclusions is issued after
// its meeting, in practice.
const maxMeetingGap = 62

// meetingDate reports a meeting on a day that does not exist, after the
// notice's date, or months before it: a slip in one of the two dates; and a trích yếu that gives the
// meeting another day than the opening (meeting_subject_date.go).
func meetingDate(p *Pass) {
	meetingSubjectDate(p)
	meetingSubjectMonth(p) // meeting_subject_month.go
	v := p.View
	m, d := v.Meeting, v.Date
	if !m.IsComplete() || d.Year == 0 || d.Month == 0 {
		return
	}
	seg := meetingSeg(v)
	if seg == nil {
		return
	}
	off := strings.Index(seg.Text, "/")
	switch {
	case !m.IsReal(): // "ngày 31 tháng 6": a slip in the day or the month, not a meeting after the notice
		p.Report(seg, max(0, off), unrealDate(diag.Msg("ngày họp", "the meeting's date"), m),
			diag.Msg("sửa ngày họp theo biên bản cuộc họp", "correct the meeting's date from the minutes"))
	case m.Compare(d.Last()) > 0:
		p.Report(seg, max(0, off), diag.Msg("cuộc họp ngày %s, sau ngày ban hành thông báo (%s)", "the meeting of %s is after the notice's date (%s)", m.Short(), issuedText(d)))
	case days(m, d.First()) > maxMeetingGap:
		p.Report(seg, max(0, off), diag.Msg("cuộc họp ngày %s, trước ngày ban hành thông báo (%s) hơn %s ngày", "the meeting of %s is before the notice's date (%s) by more than %s days", m.Short(), issuedText(d), strconv.Itoa(maxMeetingGap)))
	}
}

// meetingSeg is the paragraph the meeting's date was read from.
func meetingSeg(v *View) *Seg {
	for i := range v.Body {
		if v.Body[i].Role == RoleOpening {
			return &v.Body[i]
		}
	}
	return nil
}

// days counts the days from a to b.
func days(a, b cite.Date) int {
	n := 0
	for a.Compare(b) < 0 && n <= maxMeetingGap+1 {
		a = a.AddDays(1)
		n++
	}
	return n
}

// unrealDate says that the date what names does not exist, and why: the
// days its month has, or a month past 12.
func unrealDate(what diag.Text, d cite.Date) diag.Text {
	if d.Month < 1 || d.Month > 12 {
		return diag.Msg("%s %s không có thật (năm chỉ có 12 tháng)", "%s %s does not exist (a year has 12 months)", what, d.Short())
	}
	return diag.Msg("%s %s không có thật (tháng %s năm %s có %s ngày)", "%s %s does not exist (month %s of %s has %s days)", what, d.Short(),
		strconv.Itoa(d.Month), strconv.Itoa(d.Year), strconv.Itoa(cite.DaysIn(d.Year, d.Month)))
}
