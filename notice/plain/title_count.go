package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// titleCountRe is a tên loại followed by the running count of a series
// of notices: "THÔNG BÁO SỐ 5", "THÔNG BÁO SỐ 02".
var titleCountRe = lazyre.New(`^(\S.{1,38}?)\s+SỐ\s*\d{1,3}$`)

// countedTitle returns the length of the tên loại of a line that writes
// one followed by its count, and whether it does. A line that does not
// end with a digit or holds no "SỐ" is not tried: the expression was
// tried on every line of a text.
func countedTitle(t string) (int, bool) {
	if t == "" || t[len(t)-1] < '0' || t[len(t)-1] > '9' || !strings.Contains(t, "SỐ") {
		return 0, false
	}
	m := titleCountRe().FindStringSubmatchIndex(t)
	if m == nil || !isTitle(t[m[2]:m[3]]) {
		return 0, false
	}
	return m[3], true
}

// titleWithCount reads, in the header or at the top, a tên loại with a
// count as the title, the count left out, and reports whether it did.
func (r *reader) titleWithCount(l line) bool {
	return r.titleIn(l, func(t string) (int, int, bool) {
		end, ok := countedTitle(t)
		return 0, end, ok
	})
}

// titleIn reads, in the header or at the top, the part [a, b) of a line
// that at finds as the tên loại, the rest of the line left out, and
// reports whether it did.
func (r *reader) titleIn(l line, at func(string) (int, int, bool)) bool {
	if r.st != inHeader && r.st != inTop {
		return false
	}
	a, b, ok := at(l.text)
	if !ok {
		return false
	}
	r.add(Title, l.part(a, b))
	r.st = inSubject
	return true
}
