package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// gluedHourRe is an hour typed against the words "giờ" or "phút" with no
// space on one side or both: "0giờ00", "7giờ 30", "8 giờ30", "15phút".
// It stands as a word of its own, so no letter or figure touches it.
var gluedHourRe = lazyre.New(`(?:^|[^\d\p{L}])(\d{1,2}(?:giờ|phút)(?:\d{1,2}(?:phút)?)?|\d{1,2} giờ\d{1,2}(?:phút)?|(?:giờ|phút)\d{1,2})(?:[^\d\p{L}]|$)`)

// gluedHour reports an hour whose figures are glued to "giờ" or "phút"
// ("0giờ00" for "0 giờ 00"): the words of an hour are parted by spaces
// as any words are. "7h30" is time-h's.
func gluedHour(p *Pass) {
	for _, seg := range p.View.textSegs() {
		if !p.View.holds(seg.Text, litGio) && !p.View.holds(seg.Text, litPhut) {
			continue
		}
		for _, m := range gluedHourRe().FindAllStringSubmatchIndex(seg.Text, -1) {
			written := seg.Text[m[2]:m[3]]
			if quoted(seg.Text, m[2]) {
				continue
			}
			p.Report(seg, m[2], diag.Msg("%q: số và chữ \"giờ\", \"phút\" viết liền nhau", "%q: the figures are glued to \"giờ\", \"phút\"", written),
				diag.Msg("viết %q", "write %q", spaceHour(written)))
		}
	}
}

// spaceHour puts a space between each run of figures and the word next
// to it: "0giờ00" is "0 giờ 00".
func spaceHour(s string) string {
	var b strings.Builder
	prevDigit, started := false, false
	for _, r := range s {
		digit := r >= '0' && r <= '9'
		if started && r != ' ' && digit != prevDigit && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevDigit, started = digit, true
	}
	return b.String()
}

var litGio, litPhut = newLiteral("giờ"), newLiteral("phút")
