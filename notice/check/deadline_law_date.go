package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// kindNouns open a clause that names a kind of land, of household or of
// case by a date of law: "+ đất giao không đúng thẩm quyền trước ngày
// 01/7/2014;", "các trường hợp sử dụng đất ổn định trước ngày
// 15/10/1993", "hồ sơ nộp trước ngày 01/7/2014". Folded.
var kindNouns = []string{"đất", "thửa đất", "trường hợp", "hộ", "hồ sơ"}

// boundsKind reports whether d, a "trước ngày", bounds a kind rather than
// sets a deadline: its clause opens (after a list's marker, "các" or
// "những") with one of kindNouns and runs to it with no comma (a
// "Trường hợp ..., " is a condition, the work after it, as is "Trường hợp
// ... thì bổ sung trước ngày ..."), no verb of work
// (workWords) and no word in capitals after its first (a body named:
// "Hồ sơ gửi về Sở Nội vụ trước ngày ...").
func boundsKind(d foundDeadline) bool {
	if d.Kind != cite.By || !spoken(d) || !strings.HasPrefix(cite.Fold(d.Text), "trước") {
		return false
	}
	clause := strings.TrimSpace(deadlineBefore(d))
	if _, rest := cite.ParseMarker(clause); rest > 0 {
		clause = strings.TrimSpace(clause[rest:])
	}
	if clause == "" || strings.ContainsRune(clause, ',') || strings.Contains(clause, " thì ") || asksWork(clause) || capitalAfterFirst(clause) {
		return false
	}
	c := cite.Fold(clause)
	c = strings.TrimPrefix(strings.TrimPrefix(c, "các "), "những ")
	for _, k := range kindNouns {
		if strings.HasPrefix(c+" ", k+" ") {
			return true
		}
	}
	return false
}

// capitalAfterFirst reports whether a word after the first of s opens
// with a capital.
func capitalAfterFirst(s string) bool {
	for _, w := range strings.Fields(s)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
