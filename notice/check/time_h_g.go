package check

import (
	"github.com/thongbao/thongbao/notice/diag"
)

// hoursG finds, for time-h, an hour written with "g" for "giờ" and its
// minutes after it ("từ 7g30 – 11g00"): a figure of at most two digits up
// to 24, "g", and two digits of minutes up to 59, standing as a word of
// its own. The minutes are required: "5g" alone may be grams.
func hoursG(p *Pass, seg *Seg) {
	t := seg.Text
	hoursGIn(p.View, t, func(from, i int) {
		hour, min := t[from:i], t[i+1:i+3]
		p.Report(seg, from, diag.Msg("%q: giờ viết tắt \"g\"", "%q: the hour abbreviated \"g\"", t[from:i+3]),
			diag.Msg("viết %q", "write %q", hourWord(hour)+" giờ "+min))
	})
}

// hoursGIn calls f with each hour written with "g" in t, its figures
// t[from:i] and its "g" at t[i], in order: after each run of figures of
// the text (View.figureRuns).
func hoursGIn(v *View, t string, f func(from, i int)) {
	for _, run := range v.figureRuns(t) {
		if from, i := int(run[0]), int(run[1]); hourGAt(t, from, i) {
			f(from, i)
		}
	}
}

// hourGAt reports whether the figures t[from:i] and the "g" at t[i] open
// an hour written with "g": two figures of minutes after the "g", an
// hour up to 24 of at most two figures, the whole a word of its own and
// not quoted. Every such "g" stands right after a run of figures.
func hourGAt(t string, from, i int) bool {
	if i+2 >= len(t) || t[i] != 'g' || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
		return false
	}
	hour, min := t[from:i], t[i+1:i+3]
	return !(len(hour) > 2 || atoiSmall(hour) > 24 || atoiSmall(min) > 59 || from > 0 && !hourLeftEdge(t, from, hour) ||
		i+3 < len(t) && (isDigit(t[i+3]) || wordByteAt(t, i+3)) || quoted(t, from))
}
