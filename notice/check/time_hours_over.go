package check

import (
	"strconv"
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// clockWords are the words before a time of day ("lúc 08 giờ 00 phút", "từ
// 07 giờ 30 phút", "đến 17 giờ 00 phút"): after them "giờ" is the clock,
// not a length of time ("trong 48 giờ", "sau 72 giờ").
var clockWords = []string{"lúc ", "từ ", "đến ", "vào ", "hồi "}

// hoursOver reports a time of day past the day's end: an hour over 24
// ("đến 25 giờ 00 phút") or minutes after 24 giờ ("24 giờ 30 phút ngày
// 19"), a slip of the keys a clerk reads past. Only a clock time is read:
// a clock word or an item's "Thời gian:" before it ("1. Thời gian: 41 giờ
// 00, thứ Sáu"), two figures of minutes, "phút" after them or not, and the
// time closed as minutesOver reads it; a length ("trong 36 giờ 30 phút",
// "kéo dài 25 giờ") is left.
func hoursOver(p *Pass, seg *Seg, first int) {
	s := seg.Text
	for g := range gioPlaces(s, first) {
		at := g + len("giờ")
		h, b, ok := clockHour(s, g)
		if !ok {
			h, b, ok = labelledHour(s, g)
		}
		if !ok || h < 24 {
			continue
		}
		m, k, ok := clockMinutes(s, at)
		if !ok {
			m, k, ok = bareMinutes(s, at)
		}
		if !ok || h == 24 && m == 0 || lengthOfTime(s, b, k) {
			continue
		}
		written := strings.TrimSpace(s[b:k])
		p.Report(seg, b, diag.Msg("%q: giờ trong ngày chỉ từ 00 giờ 00 phút đến 24 giờ 00 phút", "%q: a time of day runs from 00 giờ 00 phút to 24 giờ 00 phút", written),
			diag.Msg("kiểm tra lại giờ đã ghi (%q)", "check the time written (%q)", written))
	}
}

// hoursSpanRe is a span of hours written as a range of times: "từ 48
// giờ 00 phút đến 72 giờ 00 phút".
var hoursSpanRe = lazyre.New(`từ (\d{2}) giờ \d{2}(?: phút)? đến (\d{2}) giờ \d{2}(?: phút)?`)

// lengthOfTime reports whether the time s[b:k] is a length, not a time of
// day: counted from an event ("36 giờ 00 phút kể từ khi ..."), or one end
// of a range whose both ends run past the day ("từ 48 giờ 00 phút đến 72
// giờ 00 phút"): a slip of the keys puts one hour past 24, not two.
func lengthOfTime(s string, b, k int) bool {
	rest := strings.TrimLeft(s[k:], " ,")
	for _, w := range []string{"kể từ", "tính từ", "từ khi", "sau khi", "trở lên"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	for _, m := range hoursSpanRe().FindAllStringSubmatchIndex(s, -1) {
		if b >= m[0] && b < m[1] && atoi(s[m[2]:m[3]]) > 24 && atoi(s[m[4]:m[5]]) > 24 {
			return true
		}
	}
	return false
}

// clockHour reads the two figures of an hour before "giờ" at s[g:], after
// a clock word, and where they start.
func clockHour(s string, g int) (h, b int, ok bool) {
	e := g - 1
	if e < 2 || s[e] != ' ' || !isDigit(s[e-1]) || !isDigit(s[e-2]) {
		return 0, 0, false
	}
	b = e - 2
	if !hasClockWord(s[:b]) {
		return 0, 0, false
	}
	h, err := strconv.Atoi(s[b:e])
	return h, b, err == nil
}

// labelledHour reads the two figures of an hour before "giờ" at s[g:]
// that an item's label gives as its time ("Thời gian: 14 giờ 00"), and
// where they start.
func labelledHour(s string, g int) (h, b int, ok bool) {
	e := g - 1
	if e < 2 || s[e] != ' ' || !isDigit(s[e-1]) || !isDigit(s[e-2]) {
		return 0, 0, false
	}
	b = e - 2
	if !strings.HasSuffix(s[:b], "Thời gian: ") && !strings.HasSuffix(s[:b], "thời gian: ") {
		return 0, 0, false
	}
	h, err := strconv.Atoi(s[b:e])
	return h, b, err == nil
}

// hasClockWord reports whether before ends in a clock word.
func hasClockWord(before string) bool {
	for _, w := range clockWords {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || before[len(before)-len(w)-1] == ' ' || before[len(before)-len(w)-1] == '(') {
			return true
		}
	}
	return false
}

// clockMinutes reads " MM phút" at s[at:], closed as a time is
// (closesTime), and where the time ends.
func clockMinutes(s string, at int) (m, k int, ok bool) {
	if at+3 > len(s) || s[at] != ' ' || !isDigit(s[at+1]) || !isDigit(s[at+2]) {
		return 0, 0, false
	}
	rest := s[at+3:]
	if !strings.HasPrefix(rest, " phút") {
		return 0, 0, false
	}
	k = at + 3 + len(" phút")
	if !closesTime(s[k:]) && !strings.HasPrefix(s[k:], " ") {
		return 0, 0, false
	}
	m, _ = strconv.Atoi(s[at+1 : at+3])
	return m, k, true
}

// bareMinutes reads " MM" at s[at:] with no "phút" after it, closed as a
// time is (closesTime: "14 giờ 00, thứ Sáu", "08 giờ 30 ngày 15"), and
// where the time ends.
func bareMinutes(s string, at int) (m, k int, ok bool) {
	k = at + 3
	if k > len(s) || s[at] != ' ' || !isDigit(s[at+1]) || !isDigit(s[at+2]) || k < len(s) && isDigit(s[k]) || !closesTime(s[k:]) {
		return 0, 0, false
	}
	m, _ = strconv.Atoi(s[at+1 : k])
	return m, k, true
}
