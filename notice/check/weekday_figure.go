package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "weekday-figure", Severity: diag.Info, Ref: diag.Practice, Run: weekdayFigure,
		Title: diag.Msg("ngày trong tuần viết bằng chữ (\"thứ Hai\" ... \"thứ Bảy\")", "days of the week in words (\"thứ Hai\" ... \"thứ Bảy\")"),
		Help: diag.Msg("văn bản hành chính viết ngày trong tuần bằng chữ, viết hoa chữ chỉ ngày: \"thứ Bảy\", không \"thứ 7\"",
			"an administrative text writes the day of the week in words, the day's word capitalised: \"thứ Bảy\", not \"thứ 7\"")})
}

// weekdayWords are the days of the week "thứ 2" ... "thứ 7" stand for.
var weekdayWords = map[byte]string{'2': "Hai", '3': "Ba", '4': "Tư", '5': "Năm", '6': "Sáu", '7': "Bảy"}

// weekdayLeads are the words before "thứ" that make "thứ 7" a day of
// the week ("vào thứ 7", "sáng thứ 7", "từ thứ 2 đến thứ 6").
var weekdayLeads = setOf("vào", "sáng", "chiều", "tối", "trưa", "nhằm", "từ", "đến", "hết")

// ordinalLeads are the words before "thứ" that make "thứ 3" an ordinal
// ("lần thứ 3", "kỳ họp thứ 2", "trang thứ 3", "tuần thứ 2").
var ordinalLeads = setOf("lần", "kỳ", "kì", "họp", "trang", "tuần", "khóa", "khoá", "phần", "đợt", "vòng", "hạng",
	"giải", "lớp", "điều", "khoản", "mục", "người", "con", "năm", "tháng", "bước", "câu", "bài", "tầng", "số")

// weekdayFigure finds a day of the week written as a figure ("vào thứ 7
// hàng tuần", "thứ 4 ngày 4/5/2017", "(Thứ 5)", "các ngày thứ 3, thứ 5
// và Chủ nhật"): "thứ" and one figure 2 to 7, read as a day where the
// words around it say so (a word such as "vào", "sáng" or "từ" before
// it, or a date, "hàng tuần", another day after it) and never after a
// word that counts ("lần thứ 3", "kỳ họp thứ 2"). A quotation is left
// as written.
func weekdayFigure(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !strings.Contains(seg.Text, "hứ ") {
			continue
		}
		t := seg.Text
		lastEnd := -1
		for at := 0; ; {
			i := strings.Index(t[at:], "hứ ")
			if i < 0 {
				break
			}
			i += at
			at = i + len("hứ ")
			from := i - 1
			if from < 0 || t[from] != 't' && t[from] != 'T' || from > 0 && wordByteAt(t, from-1) {
				continue
			}
			d := at
			if d >= len(t) || weekdayWords[t[d]] == "" || d+1 < len(t) && wordByteAt(t, d+1) {
				continue
			}
			if !weekdayContext(t, from, d+1, lastEnd) || quoted(t, from) {
				continue
			}
			lastEnd = d + 1
			lawful := t[from:d] + weekdayWords[t[d]]
			p.Report(seg, from, diag.Msg("%q: ngày trong tuần viết bằng chữ số", "%q: the day of the week in a figure", t[from:d+1]),
				diag.Msg("viết %q", "write %q", lawful))
		}
	}
}

// weekdayContext reports whether "thứ N" at t[from:to] is a day of the
// week by the words around it; lastEnd is where the day before it on
// the line ended (-1: none).
func weekdayContext(t string, from, to, lastEnd int) bool {
	before := t[:from]
	if lastEnd >= 0 {
		gap := strings.TrimSpace(t[lastEnd:from])
		if gap == "," || gap == "và" || gap == ";" || gap == "đến" || gap == "-" || gap == "–" {
			return true
		}
	}
	prev := strings.ToLower(lastLetterWord(before))
	if ordinalLeads[prev] {
		return false
	}
	if weekdayLeads[prev] {
		return true
	}
	after := t[to:]
	if strings.HasSuffix(strings.TrimRight(before, " *"), "(") && strings.HasPrefix(after, ")") {
		return true // "(Thứ 5)"
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(after, " *"), ","), " *")
	for _, next := range []string{"hàng tuần", "hằng tuần", "và Chủ nhật", "và chủ nhật", "và thứ ", "thứ "} {
		if strings.HasPrefix(rest, next) {
			return true
		}
	}
	if strings.HasPrefix(rest, "ngày ") && isDigitAt(rest, len("ngày ")) {
		return true // "thứ 4 ngày 4/5/2017", "Thứ 7, ngày 11/5/2024"
	}
	return strings.HasPrefix(rest, "(") && isDigitAt(strings.TrimLeft(rest[1:], " "), 0) // "thứ 2 (29/04/2024)"
}

// lastLetterWord returns the last word of letters of s, past any spaces,
// brackets and asterisks at its end; "" if s ends with no such word.
func lastLetterWord(s string) string {
	s = strings.TrimRight(s, " (*")
	start := len(s)
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return s[start:]
}
