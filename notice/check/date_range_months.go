package check

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/diag"
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// monthSpanRe is a span of months or of years, each end with its year:
// "từ tháng 3 năm 2025 đến tháng 9 năm 2026", "từ năm 2020 đến hết năm
// 2025". cite reads spans of days; these it leaves.
var monthSpanRe = lazyre.New(`[Tt]ừ (?:tháng (\d{1,2})(?: năm |/)|năm )(\d{4}) đến (?:hết )?(?:tháng (\d{1,2})(?: năm |/)|năm )(\d{4})\b`)

// monthSpansBackwards reports, for deadline-date, a span of months or of
// years whose end comes before its start ("từ tháng 3 năm 2025 đến tháng
// 9 năm 2024"): the slip is most often the year. Both ends name a month,
// or neither does; a span in quotation marks is left.
func monthSpansBackwards(p *Pass) {
	for _, seg := range withSegs(p.View.Texts()) {
		s := seg.Text
		if seg.Role == RoleArchive || seg.Role == RoleRecipient || !strings.Contains(s, " đến ") || !strings.Contains(s, "ừ ") {
			continue
		}
		for _, m := range monthSpans(s) {
			if (m[2] < 0) != (m[6] < 0) || quoted(s, m[0]) {
				continue
			}
			from, to := atoi(s[m[4]:m[5]])*100, atoi(s[m[8]:m[9]])*100
			if m[2] >= 0 {
				from, to = from+atoi(s[m[2]:m[3]]), to+atoi(s[m[6]:m[7]])
			}
			if to >= from {
				continue
			}
			p.Report(seg, m[0], diag.Msg("khoảng thời gian %q kết thúc trước khi bắt đầu", "the period %q ends before it starts", s[m[0]:m[1]]),
				diag.Msg("kiểm tra lại tháng, năm đầu và tháng, năm cuối của khoảng thời gian", "check the month and year it starts and ends"))
		}
	}
}

// monthSpanLongest is the longest text monthSpanRe matches: its numbers
// at their most figures, " năm " where "/" may stand, and "hết ".
const monthSpanLongest = "Từ tháng 12 năm 2025 đến hết tháng 12 năm 2025"

// monthSpanWindow holds a match of monthSpanRe from its first byte and
// the character after it, which the closing \b reads.
const monthSpanWindow = len(monthSpanLongest) + utf8.UTFMax

// monthSpans is monthSpanRe().FindAllStringSubmatchIndex(s, -1), the
// expression tried only where a match can start ("Từ " or "từ ", then
// "tháng " or "năm "), on the window that holds it: on the whole text it
// stepped through every byte, 0.09M instructions a seed.
// TestMonthSpansAsFindAll holds it to the expression.
func monthSpans(s string) [][]int {
	var out [][]int
	end := 0 // where the last match ends: matches do not overlap
	for at := 0; ; {
		i := strings.Index(s[at:], "ừ ")
		if i < 0 {
			return out
		}
		k, rest := at+i-1, at+i+len("ừ ")
		at = rest
		if k < end || s[k] != 'T' && s[k] != 't' || !strings.HasPrefix(s[rest:], "tháng ") && !strings.HasPrefix(s[rest:], "năm ") {
			continue
		}
		m := monthSpanRe().FindStringSubmatchIndex(s[k:min(len(s), k+monthSpanWindow)])
		if m == nil || m[0] != 0 {
			continue // no match starts at k
		}
		for j := range m {
			if m[j] >= 0 {
				m[j] += k
			}
		}
		out = append(out, m)
		end, at = m[1], m[1]
	}
}
