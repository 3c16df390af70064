package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "weekday-figure", Severity: diag.Warning, Ref: diag.RefCapitals + ", Mục V, khoản 8", Run: weekdayFigure,
		Title: diag.Msg("ngày trong tuần viết bằng chữ (\"thứ Hai\", \"thứ Bảy\"), không viết bằng chữ số (\"thứ 2\", \"thứ 7\")",
			"a day of the week is written in words (\"thứ Hai\", \"thứ Bảy\"), not in a figure (\"thứ 2\", \"thứ 7\")"),
		Help: diag.Msg("viết \"thứ Hai\", \"thứ Ba\", \"thứ Tư\", \"thứ Năm\", \"thứ Sáu\", \"thứ Bảy\"",
			"write \"thứ Hai\", \"thứ Ba\", \"thứ Tư\", \"thứ Năm\", \"thứ Sáu\", \"thứ Bảy\"")})
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
			p.Report(seg, group[0].at, diag.Msg("%q: ngày trong tuần viết bằng chữ số", "%q: a day of the week written in a figure", written),
				diag.Msg("viết %q", "write %q", dayGroupWords(s, group)))
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
// days of the week by the words around them.
func dayGroup(s string, group []figureDay) bool {
	first := group[0]
	lead := strings.ToLower(lastLetterWord(s[:first.at]))
	if ordinalLeads[lead] || ordinalNouns[lead] && lead != "ngày" || countedNouns[lead] {
		return false
	}
	if dayLeads[lead] {
		return true
	}
	if lead == "ngày" {
		before := strings.TrimRight(s[:first.at], " ")
		before = strings.TrimRight(before[:len(before)-len("ngày")], " ")
		if manyDays[strings.ToLower(lastLetterWord(before))] {
			return true // "các ngày thứ 7"
		}
	}
	if dateBeforeBracket(s[:first.at]) {
		return true
	}
	for k, d := range group {
		if d.spanEnd > 0 || dayAfterFigure(s[d.end:]) {
			return true
		}
		if k > 0 && d.n > group[k-1].n && spanGap(s[group[k-1].spanEndOr():d.at]) {
			return true // "Thứ 2 – Thứ 6"
		}
	}
	return false
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

// dayAfterFigure reports whether rest, the text after a day's figure,
// shows a day of the week: a date ("ngày 6/4/2017", ", 17/12/2020", "
// (29/04/2024)"), "hằng tuần" or "Chủ nhật".
func dayAfterFigure(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	t = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(t, ","), "("), " ")
	low := strings.ToLower(t)
	if strings.HasPrefix(low, "ngày ") {
		t = strings.TrimLeft(t[len("ngày"):], " ")
		low = strings.ToLower(t)
	}
	if n := leadingDigits(t); n >= 1 && n <= 2 && n < len(t) && (t[n] == '/' || t[n] == '-' || t[n] == '.') && n+1 < len(t) && isDigit(t[n+1]) {
		return true
	}
	for _, w := range []string{"hằng tuần", "hàng tuần", "chủ nhật", "và chủ nhật", "hoặc chủ nhật"} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
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
