package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// compiledByRe is the line a portal prints under a post it compiled or
// reposted from another office's notice: the unit that did it, then its
// tag in brackets, "(T/h)" or "(TH)" for tổng hợp, "(St)" for sưu tầm
// ("Văn phòng Sở Nông nghiệp và Phát triển nông thôn (T/h)"). A short
// name from a capital, no mark of a sentence before the tag.
var compiledByRe = lazyre.New(`^\p{Lu}[^.,;:!?()/"“”]{1,120}?\s*\((?:T/h|t/h|TH|Th|Tổng hợp|tổng hợp|St|ST|s/t|S/t|Sưu tầm|sưu tầm)\)$`)

// compiledBy reports whether t, a line just above a portal's section
// label under the post, is its compiler's credit (compiledByRe), of
// authorWords words at most: the page's, as an author line is. In a Nơi
// nhận "(t/h)" asks a recipient to carry the notice out, after a list
// mark ("- Trung tâm VH-TT thành phố (t/h);"), and ends with ";".
func compiledBy(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ")") && len(strings.Fields(t)) <= authorWords && compiledByRe().MatchString(t)
}
