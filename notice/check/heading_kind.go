package check

import (
	"regexp"
	"sync"
)

// headingSaysNotice reports whether a text without a tên loại opens with
// a post's heading line that calls it a Thông báo ("Thông báo Về việc kỷ
// niệm ...", "Thông báo: Nghỉ Lễ ..."): its Kính gửi does not make it a
// Công văn.
func (v *View) headingSaysNotice() bool {
	return len(v.Body) > 0 && noticeHeadingRe().MatchString(v.Body[0].Text)
}

var noticeHeadingRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:Thông báo|THÔNG BÁO)\s*(?::|[Vv]ề\s|V/v\s)`)
})
