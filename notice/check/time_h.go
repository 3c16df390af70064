package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

func init() {
	register(&Rule{ID: "time-h", Severity: diag.Info, Ref: diag.Practice, Run: timeH,
		Title: diag.Msg("giờ viết đủ chữ \"giờ\", không viết tắt \"h\"", "hours written with \"giờ\", not the abbreviation \"h\""),
		Help: diag.Msg("văn bản hành chính ghi giờ bằng chữ \"giờ\" (\"17 giờ\", \"7 giờ 30\"), không viết \"17h\", \"7h30\"",
			"an administrative text writes the hour with \"giờ\" (\"17 giờ\", \"7 giờ 30\"), not \"17h\", \"7h30\"")})
}

// timeH finds an hour written with the abbreviation "h" ("17h", "8H00",
// "7h30", "16h00", "14h00′", "24/24h"): a figure of at most two digits
// up to 24, "h", and at most two digits of minutes, standing as a word of
// its own (not "km/h", not a code such as "K5h"). A quotation is left as
// written.
func timeH(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if seg.Role == RoleRecipient || seg.Role == RoleArchive || !p.View.holdsDigit(seg.Text) {
			continue // an hour in "h" or "g" is written with figures
		}
		t := seg.Text
		hoursH(p.View, t, func(h hourSpan) {
			if !quoted(t, h.from) {
				p.Report(seg, h.from, diag.Msg("%q: giờ viết tắt \"h\"", "%q: the hour abbreviated \"h\"", t[h.from:h.to]),
					diag.Msg("viết %q", "write %q", h.lawful))
			}
		})
		hoursG(p, seg) // time_h_g.go
	}
}

// hoursH calls f with each hour written with "h" in t, in order: after
// each run of figures of the text (View.figureRuns), the one place an
// hour's "h" stands.
func hoursH(v *View, t string, f func(h hourSpan)) {
	for _, run := range v.figureRuns(t) {
		if h, ok := hourAfter(t, int(run[1])); ok {
			f(h)
		}
	}
}

// hourAfter reads the hour whose "h" follows the figures that end at
// t[end]: right after them ("17h", "8H00"), or one space after them
// ("14 h00"). Every "h" an hour is written with stands there, so that
// the rule reads only after each run of figures of a text.
func hourAfter(t string, end int) (hourSpan, bool) {
	switch {
	case end >= len(t):
	case t[end] == 'H':
		return hourCapAt(t, end)
	case t[end] == 'h':
		return hourAt(t, end)
	case t[end] == ' ' && end+1 < len(t) && t[end+1] == 'h':
		return hourSpacedAt(t, end+1)
	}
	return hourSpan{}, false
}

// hourCapAt reads an hour written with a capital "H" and its minutes
// ("8H00", "14H30"), as hourAt reads it with "h": only with two figures of
// minutes after it, where "3H" or "5H" alone may be a slogan's or a code's.
func hourCapAt(t string, i int) (hourSpan, bool) {
	if !isDigit(t[i-1]) || i+2 >= len(t) || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
		return hourSpan{}, false
	}
	return hourAt(t, i)
}

// hourSpan is an hour written with "h": where it starts and ends in its
// text, and how it is written in full.
type hourSpan struct {
	from, to int
	lawful   string
}

// hourAt reads the hour whose "h" is at t[i], or reports false.
func hourAt(t string, i int) (hourSpan, bool) {
	from := i
	for from > 0 && isDigit(t[from-1]) {
		from--
	}
	hour := t[from:i]
	if from >= 2 && t[from-1] == ':' && isDigit(t[from-2]) {
		c, ok := clockBefore(t, from)
		if !ok || len(hour) != 2 || atoiSmall(hour) > 59 || i+1 < len(t) && wordByteAt(t, i+1) {
			return hourSpan{}, false
		}
		return hourSpan{from: c, to: i + 1, lawful: hourWord(t[c:from-1]) + " giờ " + hour}, true
	}
	if len(hour) > 2 || atoiSmall(hour) > 24 {
		return hourSpan{}, false
	}
	if from > 0 && !hourLeftEdge(t, from, hour) {
		return hourSpan{}, false
	}
	to := i + 1
	for to < len(t) && isDigit(t[to]) {
		to++
	}
	min := t[i+1 : to]
	if len(min) == 1 || len(min) > 2 || min != "" && atoiSmall(min) > 59 {
		return hourSpan{}, false
	}
	phut := false
	for _, mark := range []string{"′", "'", "’", "p"} {
		if min != "" && strings.HasPrefix(t[to:], mark) {
			to += len(mark)
			phut = true
			break
		}
	}
	if to < len(t) && wordByteAt(t, to) {
		return hourSpan{}, false // "5ha", "12hr", "2h2o": not an hour
	}
	lawful := hourWord(hour) + " giờ"
	if min != "" {
		lawful += " " + min
	}
	if phut {
		lawful += " phút"
	}
	if from >= 3 && t[from-1] == '/' {
		lawful = t[from-3:from] + lawful
		from -= 3
	}
	return hourSpan{from: from, to: to, lawful: lawful}, true
}

// hourSpacedAt reads an hour whose "h" at t[i] stands one space after
// its figure and right before two figures of minutes ("trước 14 h00’"):
// the minutes make it an hour, where "5 h" alone may be a count of hours
// and "2 ha" an area.
func hourSpacedAt(t string, i int) (hourSpan, bool) {
	from := i - 1
	for from > 0 && isDigit(t[from-1]) {
		from--
	}
	hour := t[from : i-1]
	if len(hour) > 2 || atoiSmall(hour) > 24 || from > 0 && !hourLeftEdge(t, from, hour) {
		return hourSpan{}, false
	}
	if i+3 > len(t) || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
		return hourSpan{}, false
	}
	min, to := t[i+1:i+3], i+3
	if atoiSmall(min) > 59 {
		return hourSpan{}, false
	}
	phut := false
	for _, mark := range []string{"′", "'", "’", "p"} {
		if strings.HasPrefix(t[to:], mark) {
			to += len(mark)
			phut = true
			break
		}
	}
	if to < len(t) && wordByteAt(t, to) {
		return hourSpan{}, false
	}
	lawful := hourWord(hour) + " giờ " + min
	if phut {
		lawful += " phút"
	}
	return hourSpan{from: from, to: to, lawful: lawful}, true
}

// hourWord is the figure of an hour as it is written before "giờ": "05"
// and "00" stay as the writer padded them; "0" for "0".
func hourWord(hour string) string {
	if len(hour) == 2 && hour[0] == '0' {
		return hour // "05h": the writer padded it; keep the figure
	}
	if w := strings.TrimLeft(hour, "0"); w != "" {
		return w
	}
	return "0"
}

// clockBefore reads the hour of a time written with a colon before the
// minutes at t[from:] ("10:00h", "7:15h"): where the hour starts, when
// it is one or two figures up to 24 standing as a word (not the minutes
// of "10:00:15h").
func clockBefore(t string, from int) (int, bool) {
	c := from - 1
	for c > 0 && isDigit(t[c-1]) {
		c--
	}
	if c >= 2 && t[c-1] == ':' && isDigit(t[c-2]) {
		return 0, false
	}
	if h := t[c : from-1]; len(h) > 2 || atoiSmall(h) > 24 || c > 0 && !hourLeftEdge(t, c, h) {
		return 0, false
	}
	return c, true
}

// hourLeftEdge reports whether the figure of an hour at t[from:] stands
// as a word: after a space, an opening bracket or a dash; or the "24" of
// "24/24h".
func hourLeftEdge(t string, from int, hour string) bool {
	switch t[from-1] {
	case ' ', '(', '-', '\t', ':':
		return true
	case '/':
		return hour == "24" && from >= 3 && t[from-3:from] == "24/" && (from == 3 || !wordByteAt(t, from-4))
	}
	return strings.HasSuffix(t[:from], "–")
}

// wordByteAt reports whether the byte at t[i] belongs to a word: a
// letter, a digit or a byte of a letter written in more than one byte.
func wordByteAt(t string, i int) bool {
	c := t[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c >= 0x80 && !strings.HasPrefix(t[i:], "–") && !strings.HasPrefix(t[i:], "…") && !strings.HasPrefix(t[i:], "”")
}

// atoiSmall reads a string of at most a few ASCII digits.
func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
