package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// periodicMeetings name a meeting held each month or quarter, before the
// period it is of: "giao ban tháng 11", "phiên họp thường kỳ tháng 11",
// "giao ban quý IV".
var periodicMeetings = []string{"giao ban ", "thường kỳ ", "định kỳ ", "thường lệ "}

// meetingPeriod is the period a periodic meeting is named by: "tháng" or
// "quý" and its number.
type meetingPeriod struct {
	off  int // where the period's word starts
	kind string
	n    int
}

// meetingSubjectMonth reports a trích yếu that names its periodic meeting
// by another month or quarter than the opening does ("... tại cuộc họp
// giao ban tháng 10 năm 2026" over "chủ trì cuộc họp giao ban tháng 11 năm
// 2026"): last month's notice copied, one place left unchanged.
func meetingSubjectMonth(p *Pass) {
	v := p.View
	sub, opening := v.Subject, meetingSeg(v)
	if sub == nil || opening == nil {
		return
	}
	a, ok := periodOfMeeting(sub.Text)
	if !ok {
		return
	}
	b, ok := periodOfMeeting(opening.Text)
	if !ok || a.kind != b.kind || a.n == b.n || namesPeriod(opening.Text, a) {
		return
	}
	p.Report(sub, a.off, diag.Msg("trích yếu ghi cuộc họp %s %s, phần mở đầu ghi %s %s", "the trích yếu names the meeting of %s %s, the opening of %s %s",
		a.kind, a.text(), b.kind, b.text()),
		diag.Msg("sửa %s trong trích yếu hoặc ở phần mở đầu cho khớp nhau", "make the %s in the trích yếu and in the opening agree", a.kind))
}

// namesPeriod reports whether s names the period m anywhere: an opening
// that cites last month's notice before its own meeting ("Thực hiện Thông
// báo kết luận giao ban tháng 10 ..., chủ trì cuộc họp giao ban tháng
// 11"), or names its meeting by the month held and the month it reviews
// ("giao ban thường kỳ tháng 12 để đánh giá kết quả tháng 11"), agrees
// with a trích yếu that names either.
func namesPeriod(s string, m meetingPeriod) bool {
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return false
	}
	w := m.kind + " "
	for i := strings.Index(low, w); i >= 0; {
		if n, ok := readMeetingPeriod(low, i); ok && n.n == m.n {
			return true
		}
		j := strings.Index(low[i+len(w):], w)
		if j < 0 {
			break
		}
		i += len(w) + j
	}
	return false
}

// text writes the period's number as notices do: a month in figures, a
// quarter in Roman figures.
func (m meetingPeriod) text() string {
	if m.kind == "quý" {
		return []string{"", "I", "II", "III", "IV"}[m.n]
	}
	return strconv.Itoa(m.n)
}

// periodOfMeeting is the first period s gives a periodic meeting: one of
// periodicMeetings, then "tháng" and a month or "quý" and a quarter.
func periodOfMeeting(s string) (meetingPeriod, bool) {
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return meetingPeriod{}, false // offsets into low are s's only when the two are as long
	}
	best := meetingPeriod{off: -1}
	for _, w := range periodicMeetings {
		i := strings.Index(low, w)
		if i < 0 || best.off >= 0 && i >= best.off {
			continue
		}
		if m, ok := readMeetingPeriod(low, i+len(w)); ok {
			best = m
		}
	}
	return best, best.off >= 0
}

// readMeetingPeriod reads "tháng N" or "quý N" at low[at:].
func readMeetingPeriod(low string, at int) (meetingPeriod, bool) {
	for _, kind := range []string{"tháng", "quý"} {
		if !strings.HasPrefix(low[at:], kind+" ") {
			continue
		}
		rest := low[at+len(kind)+1:]
		end := 0
		for end < len(rest) && (isDigitByte(rest[end]) || kind == "quý" && strings.IndexByte("ivx", rest[end]) >= 0) {
			end++
		}
		if end < len(rest) && (rest[end] >= 'a' && rest[end] <= 'z' || rest[end] >= 0x80) {
			return meetingPeriod{}, false // "quý interim": a word, not a figure
		}
		n, ok := periodNumber(kind, rest[:end])
		if !ok {
			return meetingPeriod{}, false
		}
		return meetingPeriod{off: at, kind: kind, n: n}, true
	}
	return meetingPeriod{}, false
}

// periodNumber reads a month (1-12) or a quarter (1-4, I-IV).
func periodNumber(kind, s string) (int, bool) {
	if kind == "quý" {
		for i, r := range []string{"i", "ii", "iii", "iv"} {
			if s == r {
				return i + 1, true
			}
		}
	}
	n, err := strconv.Atoi(s)
	max := 12
	if kind == "quý" {
		max = 4
	}
	return n, err == nil && n >= 1 && n <= max
}
