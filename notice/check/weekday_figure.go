package check

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	// Phụ lục II, Mục V, khoản 8, điểm c capitalises the day "trong
	// trường hợp không dùng chữ số": a figure is lawful by the decree, so
	// the rule is practice, and a note (rv60).
	register(&Rule{ID: "weekday-figure", Severity: diag.Info, Ref: diag.Practice, Run: weekdayFigure,
		Title: diag.Msg("văn bản hành chính thường viết ngày trong tuần bằng chữ (\"thứ Hai\", \"thứ Bảy\") hơn là bằng chữ số (\"thứ 2\", \"thứ 7\")",
			"administrative texts mostly write a day of the week in words (\"thứ Hai\", \"thứ Bảy\") rather than in a figure (\"thứ 2\", \"thứ 7\")"),
		Help: diag.Msg("nên viết \"thứ Hai\", \"thứ Ba\", \"thứ Tư\", \"thứ Năm\", \"thứ Sáu\", \"thứ Bảy\"; Phụ lục II Nghị định 30/2020/NĐ-CP cho phép dùng chữ số, và khi viết bằng chữ thì viết hoa chữ cái đầu của tên ngày",
			"better write \"thứ Hai\" ... \"thứ Bảy\"; Phụ lục II of the decree allows a figure, and capitalises the day's name when written in words")})
}

// dayWords are the days "thứ 2" to "thứ 7" in words, by their figure.
var dayWords = [8]string{2: "Hai", 3: "Ba", 4: "Tư", 5: "Năm", 6: "Sáu", 7: "Bảy"}

// figureDay is one "thứ N" of a text: where it starts, where its figure
// ends, the figure, and the end of a span written after it ("thứ 2 - 6":
// spanTo the end of "6", span the figure 6), or 0.
type figureDay struct {
	at, end, n    int
	span, spanEnd int
}

// weekdayFigure reports a day of the week written with a figure ("vào
// sáng thứ 7 hàng tuần", "các ngày thứ 3, thứ 5 và Chủ nhật", "Thứ 5,
// ngày 17/12/2020", "ngày 21/01 (Thứ 2)"): Phụ lục II writes the days in
// words, "thứ Bảy". "thứ 3" is also an ordinal ("lần thứ 3", "con thứ 3
// trở lên", "kỳ họp thứ 4", "trẻ thứ 7"), so a day is said only where
// the words around it show a day of the week: a word of the time of day
// or of a visit before it ("sáng", "vào", "nhằm", "riêng", "trừ", "các
// ngày"), a date after it ("thứ 5 ngày 6/4/2017", "thứ 2 (29/04/2024)"),
// a date before it in brackets, "hằng tuần" or "Chủ nhật" after it, or a
// span of days ("thứ 2 - 6"). Days one after another ("thứ 2, thứ 4 và
// thứ 6") are read and said as one. A day after a noun that counts
// ("lần", "kỳ", "con", "trang") is an ordinal and left, as is a quotation.
func weekdayFigure(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !containsLit(seg.Text, "hứ ") {
			continue
		}
		s := seg.Text
		days := figureDays(s)
		for i := 0; i < len(days); {
			j := i + 1
			for j < len(days) && joinedDays(s[days[j-1].spanEndOr():days[j].at]) {
				j++
			}
			group := days[i:j]
			i = j
			if !dayGroup(s, group) || quoted(s, group[0].at) {
				continue
			}
			last := group[len(group)-1]
			written := s[group[0].at:last.spanEndOr()]
			p.Report(seg, group[0].at, diag.Msg("%q: ngày trong tuần viết bằng chữ số; văn bản hành chính thường viết bằng chữ", "%q: a day of the week written in a figure; administrative texts mostly write it in words", written),
				diag.Msg("nên viết %q", "better write %q", dayGroupWords(s, group)))
		}
	}
}

// spanEndOr is where the day ends, past its span if it has one.
func (d figureDay) spanEndOr() int {
	if d.spanEnd > 0 {
		return d.spanEnd
	}
	return d.end
}

// figureDays finds every "thứ N" of s whose N is one figure from 2 to 7
// standing alone ("thứ 24", "thứ 2/3", "thứ 2a" are none).
func figureDays(s string) []figureDay {
	var out []figureDay
	for at := 0; ; {
		i := indexLit(s[at:], "hứ")
		if i < 0 {
			return out
		}
		h := at + i
		at = h + len("hứ")
		if h == 0 || s[h-1] != 't' && s[h-1] != 'T' {
			continue
		}
		start := h - 1
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:start]); isLetter(r) || isDigitRune(r) {
				continue
			}
		}
		k := at
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k == at || k >= len(s) || s[k] < '2' || s[k] > '7' || !figureAlone(s, k+1) {
			continue
		}
		d := figureDay{at: start, end: k + 1, n: int(s[k] - '0')}
		d.span, d.spanEnd = daySpan(s, d.end)
		out = append(out, d)
	}
}

// figureAlone reports whether a figure ending at s[:e] stands alone: no
// figure, letter, "/" or decimal runs on from it.
func figureAlone(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	c := s[e]
	if isDigit(c) || c == '/' || c == '_' {
		return false
	}
	if (c == '.' || c == ',') && e+1 < len(s) && isDigit(s[e+1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[e:])
	return !isLetter(r)
}

// daySpan reads a span of days written after a day's figure at s[e:]
// ("thứ 2 - 6", "thứ 2 đến 6"): the last day's figure and where it ends.
func daySpan(s string, e int) (int, int) {
	rest := strings.TrimLeft(s[e:], " ")
	var after string
	switch {
	case strings.HasPrefix(rest, "-"):
		after = rest[1:]
	case strings.HasPrefix(rest, "–"):
		after = rest[len("–"):]
	case strings.HasPrefix(rest, "đến "):
		after = rest[len("đến"):]
	default:
		return 0, 0
	}
	t := strings.TrimLeft(after, " ")
	if t == "" || t[0] < '3' || t[0] > '7' || int(t[0]-'0') <= int(s[e-1]-'0') {
		return 0, 0
	}
	end := len(s) - len(t) + 1
	if !figureAlone(s, end) {
		return 0, 0
	}
	return int(t[0] - '0'), end
}

// joinedDays reports whether gap, the text between two days, joins them
// into one list or span: ", ", " và ", " hoặc ", " - ", " đến ".
func joinedDays(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case ",", "và", ", và", "hoặc", "-", "–", "đến", "tới", "đến hết", "và các ngày", ";":
		return true
	}
	return false
}

// dayLeads stand before a day of the week: "sáng thứ 7", "vào thứ 5",
// "nhằm thứ 4", "Riêng thứ 7:", "(trừ thứ 7, Chủ nhật)".
var dayLeads = setOf("sáng", "chiều", "trưa", "tối", "đêm", "vào", "nhằm", "riêng", "trừ", "mỗi")

// dayGroup reports whether the days of group, one after another, are
// days of the week by the words around them. A date, a span or "hằng
// tuần" after a figure shows a day only where the word before it is one
// a day follows ("vào", "sáng", "từ", "hết", "nghỉ", or none: "Thứ 5,
// ngày 17/12/2020"): after a noun the list does not know ("Hộ thứ 2 ngày
// 12/3/2024", "Bên thứ 3 hằng tuần", "cột thứ 2 - 4") "thứ 2" counts it.
// After "ngày" alone a date must fall on that day: "ngày thứ 2
// (29/04/2024)" is a Monday, "Ngày thứ 2 (ngày 16/3/2024)" of a fair's
// three days its second day (rv60).
func dayGroup(s string, group []figureDay) bool {
	first := group[0]
	lead := strings.ToLower(lastLetterWord(s[:first.at]))
	if ordinalLeads[lead] || ordinalNouns[lead] && lead != "ngày" || countedNouns[lead] {
		return false
	}
	if dayLeads[lead] {
		// "xếp vào thứ 3 trong danh sách", "đứng vào thứ 2": a rank
		w := strings.ToLower(lastLetterWord(beforeLead(s[:first.at], lead)))
		return lead != "vào" || w != "xếp" && w != "đứng"
	}
	trusted := lead == "" || dayTrust[lead]
	if lead == "ngày" {
		w := strings.ToLower(lastLetterWord(beforeLead(s[:first.at], lead)))
		if manyDays[w] {
			return true // "các ngày thứ 7"
		}
		trusted = dayLeads[w] || dayTrust[w] // "vào ngày thứ 7", "từ ngày thứ 2"
	}
	if dateBeforeBracket(s[:first.at]) {
		return true
	}
	for k, d := range group {
		switch dayAfterFigure(s[d.end:]) {
		case dayAfterSunday:
			return true
		case dayAfterWeekly:
			if trusted || lead == "ngày" {
				return true // "làm việc ngày thứ 7 hàng tuần"
			}
		case dayAfterDate:
			if trusted || lead == "ngày" && dayOnDate(s[d.at:], d.n) {
				return true
			}
		}
		if !trusted {
			continue
		}
		if d.spanEnd > 0 {
			return true
		}
		if k > 0 && d.n > group[k-1].n && spanGap(s[group[k-1].spanEndOr():d.at]) {
			return true // "Thứ 2 – Thứ 6"
		}
	}
	return false
}

// dayTrust are words a day of the week follows beyond dayLeads, which a
// noun "thứ 3" counts does not: "từ thứ 5 ngày 6/4/2017", "đến hết thứ
// 7", "nghỉ thứ 2, thứ 3 ngày 2/5", "không tính thứ 7, chủ nhật".
var dayTrust = setOf("từ", "đến", "tới", "hết", "nghỉ", "tính", "sang")

// beforeLead is before with its last word lead, and what trails it, cut.
func beforeLead(before, lead string) string {
	t := strings.TrimRight(before, " (*")
	return strings.TrimRight(t[:len(t)-len(lead)], " ")
}

// dayOnDate reports whether s opens with a day in a figure n and a whole
// date that falls on that day: "thứ 2 (29/04/2024".
func dayOnDate(s string, n int) bool {
	m := dayThenDateAt().FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	g := m[4:]
	if g[0] < 0 {
		g = g[6:]
	}
	d, _ := strconv.Atoi(s[g[0]:g[1]])
	mo, _ := strconv.Atoi(s[g[2]:g[3]])
	y, _ := strconv.Atoi(s[g[4]:g[5]])
	date := time.Date(y, time.Month(mo), d, 12, 0, 0, 0, time.UTC)
	return date.Day() == d && int(date.Month()) == mo && date.Weekday() == time.Weekday(n-1)
}

// spanGap reports whether gap, between two days, makes a span of them:
// "thứ 2 - thứ 6", "thứ 2 đến thứ 6".
func spanGap(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "-", "–", "đến", "tới", "đến hết":
		return true
	}
	return false
}

// countedNouns are nouns an ordinal "thứ 3" counts beyond ordinalLeads
// and ordinalNouns: "trẻ thứ 7", "con thứ 3", "phương án thứ 2".
var countedNouns = setOf("trẻ", "em", "cháu", "bé", "con", "án", "nhóm", "tổ", "đội", "ca", "phiên", "kỳ", "nhà", "căn", "lô", "thửa", "chương", "tiết", "môn", "đề", "bản", "học", "sinh", "viên", "đoàn", "chặng", "nhánh", "đề", "hội")

// dateBeforeBracket reports whether before, the text before a day, ends
// with a figure and an opening bracket: "ngày 21/01 (", "31 (".
func dateBeforeBracket(before string) bool {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, "(") {
		return false
	}
	t = strings.TrimRight(t[:len(t)-1], " ")
	return t != "" && isDigit(t[len(t)-1])
}

// What the words after a day's figure show: nothing, a date, "hằng
// tuần", or "Chủ nhật".
const (
	dayAfterNone = iota
	dayAfterDate
	dayAfterWeekly
	dayAfterSunday
)

// dayAfterFigure tells what rest, the text after a day's figure, shows of
// a day of the week: a date ("ngày 6/4/2017", ", 17/12/2020", "
// (29/04/2024)"), "hằng tuần" or "Chủ nhật".
func dayAfterFigure(rest string) int {
	t := strings.TrimLeft(rest, " ")
	t = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(t, ","), "("), " ")
	low := strings.ToLower(t)
	if strings.HasPrefix(low, "ngày ") {
		t = strings.TrimLeft(t[len("ngày"):], " ")
		low = strings.ToLower(t)
	}
	if n := leadingDigits(t); n >= 1 && n <= 2 && n < len(t) && (t[n] == '/' || t[n] == '-' || t[n] == '.') && n+1 < len(t) && isDigit(t[n+1]) {
		return dayAfterDate
	}
	for _, w := range []string{"hằng tuần", "hàng tuần"} {
		if strings.HasPrefix(low, w) {
			return dayAfterWeekly
		}
	}
	for _, w := range []string{"chủ nhật", "và chủ nhật", "hoặc chủ nhật"} {
		if strings.HasPrefix(low, w) {
			return dayAfterSunday
		}
	}
	return dayAfterNone
}

// leadingDigits counts the figures s opens with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// dayGroupWords writes the days of group in words, keeping the text
// between them: "thứ 3, thứ 5" is "thứ Ba, thứ Năm", "thứ 2 - 6" "thứ
// Hai đến thứ Sáu".
func dayGroupWords(s string, group []figureDay) string {
	var b strings.Builder
	for i, d := range group {
		if i > 0 {
			b.WriteString(s[group[i-1].spanEndOr():d.at])
		}
		b.WriteString(s[d.at : d.at+len("thứ")])
		b.WriteString(" " + dayWords[d.n])
		if d.spanEnd > 0 {
			b.WriteString(" đến thứ " + dayWords[d.span])
		}
	}
	return b.String()
}
