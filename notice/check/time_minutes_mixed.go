package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/diag"
)

// clockTime is a time of day with its minutes read in a paragraph:
// "08 giờ 00" or "11 giờ 30 phút".
type clockTime struct {
	seg     *Seg
	at      int    // where the minutes start
	hour    int    // where the hour's figures start
	written string // the time as written, "phút" included
	minute  bool   // "phút" follows the minutes
}

// minutesTwoWays reports, in a notice that writes the minutes of a time
// both with "phút" ("11 giờ 30 phút") and without it ("08 giờ 00"), each
// time written without: either way is lawful (the decree sets no form
// for the hour), but one notice writes its times one way. Only a time
// with two figures of minutes counts; a whole hour ("8 giờ") and minutes
// marked another way ("7h30", "11 giờ 30'") are left, as are minutes
// followed by "giờ" again, timeMinutes's slip, and a cited Công điện's
// hour of issue ("Công điện số 07/CĐ-PCTT hồi 14 giờ 00"), copied as the
// cited text writes it, a length of time ("trong 1 giờ 30") and a time
// quoted in a ground (notOwnTime). A table cell of a laid-out page that
// wrapped before "phút" writes it (minutesWrappedInCell).
func minutesTwoWays(p *Pass) {
	var times []clockTime
	withWord := -1
	for _, seg := range p.View.textSegs() {
		if p.View.indexIn(seg.Text, litGio) < 0 {
			continue
		}
		for _, t := range clockTimes(seg) {
			if t.minute && withWord < 0 {
				withWord = len(times)
			}
			times = append(times, t)
		}
	}
	if withWord < 0 {
		return
	}
	hoursTwoWays(p, times)
	full := times[withWord].written
	for _, t := range times {
		if t.minute || minutesWrappedInCell(p.View, t) { // time_minutes_cell.go
			continue
		}
		p.Report(t.seg, t.at, diag.Msg("%q viết không có chữ \"phút\", trong khi thông báo viết %q: giờ phút viết hai cách", "%q is written without \"phút\" where the notice writes %q: the times written two ways", t.written, full),
			diag.Msg("viết các giờ một cách trong cả thông báo: %q", "write the times one way through the notice: %q", t.written+" phút"))
	}
}

// clockTimes reads the times of day with minutes in seg's text.
func clockTimes(seg *Seg) []clockTime {
	s := seg.Text
	var out []clockTime
	for at := 0; ; {
		i := indexLit(s[at:], "giờ")
		if i < 0 {
			return out
		}
		g := at + i
		at = g + len("giờ")
		if t, ok := clockTimeAt(s, g); ok {
			t.seg = seg
			out = append(out, t)
		}
	}
}

// clockTimeAt reads the time whose "giờ" stands at s[g:]: an hour of one
// or two figures before it, a space and two figures of minutes (00 to 59)
// after it, then " phút" or a word, a mark or the end.
func clockTimeAt(s string, g int) (clockTime, bool) {
	_, b, ok := figuresBefore(s, g)
	j := g + len("giờ")
	if !ok || j+3 > len(s) || s[j] != ' ' || !isDigit(s[j+1]) || !isDigit(s[j+2]) || s[j+1] > '5' {
		return clockTime{}, false
	}
	if strings.HasSuffix(s[:b], "hồi ") || notOwnTime(s, b) {
		return clockTime{}, false // a Công điện's hour of issue, cited as it was written; a length of time; a ground's time
	}
	k := j + 3
	rest := s[k:]
	if strings.HasPrefix(rest, " phút") && (len(rest) == len(" phút") || !letterFirst(rest[len(" phút"):])) {
		return clockTime{at: j + 1, hour: b, written: s[b : k+len(" phút")], minute: true}, true
	}
	if rest != "" && !strings.HasPrefix(rest, " ") && !strings.ContainsRune(",;.)", rune(rest[0])) || len(rest) > 1 && rest[0] == '.' && rest[1] != ' ' {
		return clockTime{}, false // "30'", "30/4", "300", "30-", "30.phút" (stray-period's)
	}
	if r := strings.TrimPrefix(rest, " "); strings.HasPrefix(r, "giờ") || r != "" && isDigit(r[0]) {
		return clockTime{}, false // "30 giờ" is timeMinutes's; "30 000" a sum
	}
	return clockTime{at: j + 1, hour: b, written: s[b:k]}, true
}

// clockLeads are the words only a time of day follows: "lúc 5 giờ 30
// phút", "vào 7 giờ 30 phút".
var clockLeads = []string{"lúc ", "vào "}

// spanLeads are the words a time of day or a length of time follows:
// "từ 7 giờ 30 phút ngày 15", "sau 1 giờ 30 phút làm bài", "trước 4 giờ
// 30 phút kể từ khi tiếp nhận", "từ 1 giờ 30 phút đến 2 giờ".
var spanLeads = []string{"từ ", "đến ", "trước ", "sau "}

// dayWords name a day or a part of it: a time after a word of spanLeads
// whose clause names one is a time of day ("trước 9 giờ 30 phút ngày
// 15/01", "từ 7 giờ 30 phút đến 11 giờ 00 phút sáng").
var dayWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ngày": true, "sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "hôm": true, "thứ": true}
})

// hoursTwoWays reports, in a notice that writes an hour below 10 of a
// time with "phút" with its zero ("08 giờ 00 phút"), such an hour
// written without it ("lúc 5 giờ 30 phút"): either way is lawful, but one
// notice writes its times one way. Only times with "phút" after a word
// that leads a time of day (clockLed) are read: a whole hour ("8
// giờ"), a time without "phút" ("1 giờ 30" after "12 giờ 30") and a
// length of time ("sau 1 giờ 30 phút làm bài") are left.
func hoursTwoWays(p *Pass, times []clockTime) {
	padded := ""
	for _, t := range times {
		if t.minute && len(t.written) > 1 && t.written[0] == '0' && isDigit(t.written[1]) {
			padded = t.written
			break
		}
	}
	if padded == "" {
		return
	}
	for _, t := range times {
		if !t.minute || len(t.written) < 2 || t.written[0] == '0' || isDigit(t.written[1]) || !clockLed(t.seg.Text, t) {
			continue
		}
		p.Report(t.seg, t.hour, diag.Msg("giờ %q viết không có số 0 phía trước, trong khi thông báo viết %q: giờ viết hai cách", "the hour %q has no leading zero where the notice writes %q: the hours written two ways", t.written, padded),
			diag.Msg("viết các giờ một cách trong cả thông báo: %q", "write the hours one way through the notice: %q", "0"+t.written))
	}
}

// clockLed reports whether the time t of s follows a word of clockLeads,
// or one of spanLeads with a word of dayWords in the rest of its clause.
func clockLed(s string, t clockTime) bool {
	before := s[:t.hour]
	for _, w := range clockLeads {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	for _, w := range spanLeads {
		if strings.HasSuffix(before, w) {
			return namesDay(s[t.hour+len(t.written):])
		}
	}
	return false
}

// namesDay reports whether the clause s opens holds a word of dayWords.
func namesDay(s string) bool {
	if i := strings.IndexAny(s, ",;.:"); i >= 0 {
		s = s[:i]
	}
	for _, w := range strings.Fields(s) {
		if dayWords()[w] {
			return true
		}
	}
	return false
}
