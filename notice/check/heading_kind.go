package check

import (
	"github.com/thongbao/thongbao/notice/internal/lazyre"
	"github.com/thongbao/thongbao/notice/plain"
)

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

// pageTitleSaysNotice reports whether the post's title the page printed
// right above the body calls the text a Thông báo in sentence case
// ("Thông báo nghỉ lễ, treo cờ ...", "TB địa điểm bỏ phiếu ..."), the
// page's line by the lead's ruling of round 66 (plain's
// postTitleOverBody) over a text with no header: the notice's tên loại
// is missing, its kind is told.
func (v *View) pageTitleSaysNotice() bool {
	if len(v.Header) > 0 || len(v.Pages) == 0 || len(v.Body) == 0 {
		return false
	}
	first := v.Body[0].PosAt(0).Line
	var last *Seg // the page's last line above the body
	for i := range v.Pages {
		if v.Pages[i].PosAt(0).Line < first {
			last = &v.Pages[i]
		}
	}
	if last == nil {
		return false
	}
	return plain.PostKindTitle(last.Text) && !v.saysLetter()
}
