package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// lowerSubjectGoesOn reports whether l, after a blank line under a trích
// yếu in small letters, goes on with it: it opens with a small letter
// ("Hướng dẫn thực hiện Nghị định số 104/2004/NĐ-CP ngày 23/03/2004", then
// "của Chính phủ về Công báo ..."), which no paragraph of the body does,
// and the trích yếu's line ends no sentence. A copy that puts a blank
// line after every line of its page is read so. A line of a field or an
// address ("email: ...", "website: https://...") is not of it.
func (r *reader) lowerSubjectGoesOn(l line) bool {
	prev := r.paras[len(r.paras)-1].Text
	t := strings.TrimSpace(l.text)
	first, _, _ := strings.Cut(t, " ")
	return startsLower(t) && !isUpper(prev) && !finished(prev) &&
		!cite.HasMarker(t) && !labelRe().MatchString(t) &&
		!strings.HasSuffix(first, ":") && !strings.Contains(t, "@") && !strings.Contains(t, "://")
}
