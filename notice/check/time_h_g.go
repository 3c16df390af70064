package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
)

// hoursG finds, for time-h, an hour written with "g" for "giờ" and its
// minutes after it ("từ 7g30 – 11g00"): a figure of at most two digits up
// to 24, "g", and two digits of minutes up to 59, standing as a word of
// its own. The minutes are required: "5g" alone may be grams.
func hoursG(p *Pass, seg *Seg) {
	t := seg.Text
	if !strings.Contains(t, "g") {
		return
	}
	for i := 1; i+2 < len(t); i++ {
		k := strings.IndexByte(t[i:len(t)-2], 'g') // the next "g" with two bytes after it
		if k < 0 {
			break
		}
		i += k
		if !isDigit(t[i-1]) || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
			continue
		}
		from := i
		for from > 0 && isDigit(t[from-1]) {
			from--
		}
		hour, min := t[from:i], t[i+1:i+3]
		if len(hour) > 2 || atoiSmall(hour) > 24 || atoiSmall(min) > 59 || from > 0 && !hourLeftEdge(t, from, hour) ||
			i+3 < len(t) && (isDigit(t[i+3]) || wordByteAt(t, i+3)) || quoted(t, from) {
			continue
		}
		p.Report(seg, from, diag.Msg("%q: giờ viết tắt \"g\"", "%q: the hour abbreviated \"g\"", t[from:i+3]),
			diag.Msg("viết %q", "write %q", hourWord(hour)+" giờ "+min))
	}
}
