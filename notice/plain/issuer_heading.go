package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// issuerHeading reads a line in capitals that names an issuer and then the
// tên loại the reader took from the text's first line ("THÔNG BÁO" over
// "UBND XÃ HẢI TRẠCH THÔNG BÁO"): the lone tên loại on top, nothing above
// it, is the page's title of the post, and this line is the notice's own
// heading, its issuer and its tên loại on one line. The first line goes to
// the page, the issuer is read as the header and the tên loại as the
// title, so the line under it is the trích yếu. It reports whether it took
// the line.
func (r *reader) issuerHeading(l line) bool {
	if len(r.paras) != 1 || !r.last(Title) || r.paras[0].Line != 1 {
		return false
	}
	kind := strings.TrimSpace(r.paras[0].Text)
	t := strings.TrimRight(l.text, " ")
	if !isUpper(t) || !strings.HasSuffix(t, " "+kind) {
		return false
	}
	head := strings.TrimRight(t[:len(t)-len(kind)], " ")
	lead := len(head) - len(strings.TrimLeft(head, " "))
	if len(strings.Fields(head)) < 2 || strings.ContainsAny(head, ":;") || cite.HasMarker(head) || !issuerStartRe().MatchString(head[lead:]+" ") {
		return false
	}
	r.paras[0].Kind = Page
	r.add(Header, subLine(l, lead, len(head)))
	r.add(Title, subLine(l, len(t)-len(kind), len(t)))
	return true
}
