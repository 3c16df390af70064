package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "time-minutes", Severity: diag.Warning, Ref: diag.Practice, Run: timeMinutes,
		Title: diag.Msg("giờ và phút viết \"7 giờ 30 phút\": số phút đi với chữ \"phút\", không lặp chữ \"giờ\"", "hours and minutes read \"7 giờ 30 phút\": the minutes take \"phút\", not \"giờ\" again"),
		Help:  diag.Msg("viết \"7 giờ 30 phút\" hoặc \"7 giờ 30\"", "write \"7 giờ 30 phút\" or \"7 giờ 30\"")})
}

// timeMinutes reports a time of day whose minutes are followed by "giờ"
// again ("từ 7 giờ 30 giờ đến 11 giờ"): the second figure is minutes, not
// an hour, when it has two digits and is no hour the first could run to
// (24 and more, a leading zero, or not past the first): "7 giờ 30 giờ",
// "8 giờ 00 giờ", "14 giờ 10 giờ". Two hours with nothing between them
// that could be a span ("7 giờ 11 giờ", a "đến" left out) are left, as is
// anything with a mark between the two ("7 giờ - 11 giờ").
func timeMinutes(p *Pass) {
	minutesTwoWays(p) // time_minutes_mixed.go: "08 giờ 00" beside "11 giờ 30 phút"
	for _, seg := range p.View.textSegs() {
		s := seg.Text
		first := p.View.indexIn(s, litGio)
		if first < 0 {
			continue
		}
		minutesOver(p, seg, first) // time_minutes_over.go: "17 giờ 60 phút"
		hoursOver(p, seg, first)   // time_hours_over.go: "đến 25 giờ 00 phút"
		morningHour(p, seg, first) // time_morning_hour.go: "buổi sáng từ 14 giờ 30 phút"
		if indexLit(s[first+len("giờ"):], "giờ") < 0 {
			continue
		}
		for g := range gioPlaces(s, 0) {
			at := g + len("giờ")
			h, b, ok := figuresBefore(s, g)
			if !ok {
				continue
			}
			j := at
			if j < len(s) && s[j] == ' ' {
				j++
			}
			k := j
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k-j != 2 {
				continue
			}
			m, _ := strconv.Atoi(s[j:k])
			rest := strings.TrimPrefix(s[k:], " ")
			if !strings.HasPrefix(rest, "giờ") || m > 59 || !(m >= 24 || s[j] == '0' || m <= h) {
				continue
			}
			if after := rest[len("giờ"):]; after != "" && letterFirst(after) {
				continue // "giờ" runs into a longer word
			}
			written := s[b : len(s)-len(rest)+len("giờ")]
			p.Report(seg, j, diag.Msg("%q: số phút viết kèm chữ \"giờ\"", "%q: the minutes are followed by \"giờ\"", strings.TrimSpace(written)),
				diag.Msg("viết \"%d giờ %s phút\"", "write \"%d giờ %s phút\"", h, s[j:k]))
		}
	}
}

// figuresBefore reads the hour written before "giờ" at s[g:], one or two
// figures with or without a space before "giờ", and where it starts.
func figuresBefore(s string, g int) (h, b int, ok bool) {
	e := g
	if e > 0 && s[e-1] == ' ' {
		e--
	}
	b = e
	for b > 0 && isDigit(s[b-1]) && e-b < 2 {
		b--
	}
	if b == e || b > 0 && (isDigit(s[b-1]) || s[b-1] != ' ' && s[b-1] != '(' && s[b-1] != '\t') {
		return 0, 0, false
	}
	h, err := strconv.Atoi(s[b:e])
	return h, b, err == nil && h <= 24
}

// letterFirst reports whether s opens with a letter: "giờ" that
// runs on into a word, not "giờ" before a mark ("30 giờ–10 giờ").
func letterFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
