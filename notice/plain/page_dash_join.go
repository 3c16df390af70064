package plain

import (
	"strings"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// pdftotext without -layout takes a line that ends with a dash for a word
// hyphenated at the page's edge: it drops the dash and runs the next line
// of its reading order on after it, with no line's end. A dash between
// spaces ("phát triển kinh tế -" / "xã hội nhanh ...", "giai đoạn 2024 -"
// / "2025, ...") so leaves one space where it stood: the body's two lines
// come out as one, far longer than the page's lines ("... kinh tế xã hội
// nhanh ..."), a recipient's two lines as one longer than its cell's
// ("- Ủy ban MTTQVN và các đoàn thể chính trị xã hội huyện;"), and the
// body's last line on a page with notes at its foot takes the first
// note's raised number ("giai đoạn 2024 5", page_notes.go). Where the
// line would have stopped, within its region's width, the two words
// either side read as a dash's halves (a span of years, a compound a
// dash joins: "kinh tế - xã hội", "chính trị - xã hội", "Lao động -
// Thương binh và Xã hội"), the dash is given back. A line of the width
// or shorter is left as typed: there the text's own words stand.

// dashJoins returns, by the index of a line of raws that pdftotext ran
// on over a dropped dash, the byte offset in its text of the space where
// the dash stood: the body's lines under the header (top) and over Nơi
// nhận measured against the page's width, Nơi nhận's lines against the
// widest of its cell's other lines. The lines of skip (a page's
// footnotes) are left.
func dashJoins(raws []rawLine, top, width int, skip []bool) map[int]int {
	var out map[int]int
	listed := false
	for i, r := range raws {
		t := strings.TrimSpace(r.s)
		listed = listed || endLabel(t)
		if i <= top || skip != nil && skip[i] || t == "" || isUpper(t) {
			continue
		}
		w := width
		if listed {
			w = cellWidth(raws, i)
		}
		if at, ok := dashJoinAt(r.s, w); ok {
			if out == nil {
				out = map[int]int{}
			}
			out[i] = at
		}
	}
	return out
}

// cellWidth is the characters a line of Nơi nhận holds: the longest of
// its lines from the label down but raws[p] (none in capitals: the
// signer's).
func cellWidth(raws []rawLine, p int) int {
	width, listed := 0, false
	for k, r := range raws {
		t := strings.TrimSpace(r.s)
		if endLabel(t) {
			listed = true
			continue
		}
		if listed && k != p && t != "" && !isUpper(t) {
			width = max(width, shownLen(t))
		}
	}
	return width
}

// dashJoinAt returns the byte offset in s of the space where a dropped
// dash stood, when s is longer than width by more than a little and one
// space only, where the line with its dash (" -") would have stopped at
// its edge (within a fifth and a twelfth short of width, a paragraph's
// first line indented, or a sixteenth over), parts two words that read
// as a dash's halves (dashHalves), and what follows fits in one line of
// the width: it is the next line pdftotext ran on, never more. A longer
// rest is a paragraph no page wrapped (a site's text that leaves one
// paragraph on one line), whose "kinh tế xã hội" is as typed.
func dashJoinAt(s string, width int) (int, bool) {
	n, slack := shownLen(strings.TrimSpace(s)), max(3, width/16)
	if width == 0 || n <= width+slack {
		return 0, false
	}
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	found, at := 0, 0
	for k := lead; k < len(s); k++ {
		if s[k] != ' ' {
			continue
		}
		stop := shownLen(s[lead:k]) + 2
		if stop < width-width/5-width/12 || stop > width+slack {
			continue
		}
		if shownLen(strings.TrimSpace(s[k+1:])) > width+slack {
			continue // more than the next line of the page: a line no page wrapped (a site's), its words the text's own
		}
		if dashHalves(s[lead:k], s[k+1:]) {
			found, at = found+1, k
		}
	}
	return at, found == 1
}

// dashHalves reports whether left and right, the text before a space
// and after it, end and start with two halves a dash joins: a year and a
// year ("2024" / "2025,"), or a compound's halves (dashPairs).
func dashHalves(left, right string) bool {
	if yearEndRe().MatchString(left) && yearStartRe().MatchString(right) {
		return true
	}
	l, r := strings.Fields(strings.ToLower(left)), strings.Fields(strings.ToLower(right))
	if len(l) < 2 || len(r) < 2 {
		return false
	}
	return dashPairs[l[len(l)-2]+" "+l[len(l)-1]+" - "+strings.TrimRight(r[0]+" "+r[1], ",.;:)")]
}

// dashPairs are compounds and offices' names a dash joins, written with
// their halves in small letters.
var dashPairs = map[string]bool{
	"kinh tế - xã hội": true, "kinh tế - kỹ thuật": true, "kinh tế - hạ tầng": true, "chính trị - xã hội": true,
	"văn hóa - xã hội": true, "văn hoá - xã hội": true, "văn hóa - thể thao": true, "văn hóa - thông tin": true,
	"lao động - thương binh": true, "tài chính - kế hoạch": true, "tài chính - kế toán": true,
}

var yearStartRe = lazyre.New(`^(?:19|20)\d\d\b`)

// withDash is s with " -" put back at byte offset at, where a dash was
// dropped.
func withDash(s string, at int) string {
	if at <= 0 || at > len(s) || !utf8.ValidString(s[:at]) {
		return s
	}
	return s[:at] + " -" + s[at:]
}
