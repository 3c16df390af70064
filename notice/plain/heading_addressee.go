package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// headingRe is what follows the tên loại on a post's heading line:
// "Thông báo Về việc ...", "Thông báo: Nghỉ Lễ ...", "Thông báo V/v ...".
var headingRe = lazyre.New(`(?i)^\s*(?::|về\s|v/v\s)`)

// onlyHeading reports whether the body read so far is one line that
// names the document's kind and what it is about ("Thông báo Về việc kỷ
// niệm 55 năm ngày thành lập"), as a post puts its heading where the
// header was: a Kính gửi under it stands where it would under the trích
// yếu.
func (r *reader) onlyHeading() bool {
	i := r.lastBody()
	if i < 0 || i != len(r.paras)-1 || r.lastKind(Addressee) >= 0 {
		return false
	}
	for j := 0; j < i; j++ {
		if r.paras[j].Kind == Body {
			return false
		}
	}
	t := strings.TrimSpace(r.paras[i].Text)
	words := strings.Fields(t)
	at := 0
	for n := 1; n <= 3 && n < len(words); n++ {
		at = strings.Index(t[at:], words[n-1]) + at + len(words[n-1])
		head := strings.TrimSuffix(t[:at], ":")
		if isTitle(strings.ToUpper(head)) && headingRe().MatchString(t[len(head):]) {
			return true
		}
	}
	return false
}
