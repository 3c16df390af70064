package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// headingSaysNotice reports whether a text without a tên loại opens with
// a post's heading line that calls it a Thông báo ("Thông báo Về việc kỷ
// niệm ...", "Thông báo: Nghỉ Lễ ..."): its Kính gửi does not make it a
// Công văn, unless the letter calls itself one ("Nhận được công văn này,
// ..."): the page's heading named it, the letter names itself.
func (v *View) headingSaysNotice() bool {
	return len(v.Body) > 0 && noticeHeadingRe().MatchString(v.Body[0].Text) && !v.saysLetter()
}

// saysLetter reports whether a paragraph of the body calls the text a
// Công văn: "Nhận được công văn này, ...".
func (v *View) saysLetter() bool {
	for _, s := range v.Body {
		if selfLetterRe().MatchString(s.Text) {
			return true
		}
	}
	return false
}

var selfLetterRe = lazyre.New(`(?i)\bcông văn này\b`)

var noticeHeadingRe = lazyre.New(`^\s*(?:Thông báo|THÔNG BÁO)\s*(?::|[Vv]ề\s|V/v\s)`)
