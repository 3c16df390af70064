package tasks

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// deadlineLabelRe is the label a text gives a task's deadline: "Thời hạn:",
// "Thời hạn hoàn thành:", "Thời gian hoàn thành:", "Hạn hoàn thành:".
var deadlineLabelRe = lazyre.New(`(?i)(?:^|[\s(.;,])(?:thời\s+hạn(?:\s+hoàn\s+thành)?|thời\s+gian\s+(?:hoàn\s+thành|thực\s+hiện)|hạn\s+hoàn\s+thành)\s*:\s*`)

// labelled reads the deadline a text gives after its label, as a source's
// deadline is read: "Thời hạn: thường xuyên" (a standing task), "Thời
// hạn hoàn thành: giai đoạn 2026-2030", "Thời hạn: tuần đầu tháng
// 7/2026". false when no label stands in text or its words are not one
// deadline of their own (FindDeadlines then reads the text).
func labelled(text string) (cite.Deadline, bool) {
	m := deadlineLabelRe().FindStringIndex(text)
	if m == nil {
		return cite.Deadline{}, false
	}
	v := text[m[1]:]
	if i := labelledEnd(v); i >= 0 {
		v = v[:i]
	}
	v = strings.Trim(v, " *_\u00a0")
	d, err := cite.ParseDeadline(v)
	if err != nil {
		return cite.Deadline{}, false
	}
	return d, true
}

// labelledEnd is where the words after a label end: at ";", or at "." or
// ")" that ends the sentence (not the dots of "15.7.2026"); -1 at the end
// of the text.
func labelledEnd(v string) int {
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case ';':
			return i
		case '.':
			if i+1 == len(v) || v[i+1] == ' ' {
				return i
			}
		}
	}
	return -1
}
