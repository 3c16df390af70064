package plain

import (
	"unicode/utf8"

	"github.com/thongbao/thongbao/notice/cite"
)

// capsSubjectGoesOn reports whether l goes on with a trích yếu written in
// capitals that a portal parted into paragraphs ("HỘI NGHỊ TOÀN QUỐC LẦN
// THỨ BA" over "HỆ THỐNG BẢO TÀNG THIÊN NHIÊN VIỆT NAM"): both short and in
// capitals, l no heading, no header's element and no tên loại.
func (r *reader) capsSubjectGoesOn(l line) bool {
	prev := r.paras[len(r.paras)-1].Text
	t := l.text
	return isUpper(prev) && isUpper(t) && !finished(prev) &&
		utf8.RuneCountInString(prev) < 160 && utf8.RuneCountInString(t) < 80 &&
		!cite.HasMarker(t) && !headerStartsRe().MatchString(t) && !isTitle(t) &&
		!labelRe().MatchString(t) && !authorityLine(t)
}

// lateAddressee reports whether a "Kính gửi" line in the body comes after
// only short lines that end no sentence (a month, "Tháng 5-2021", under a
// header that was not found): the Kính gửi of the notice, not a line of
// its body.
func (r *reader) lateAddressee(l line) bool {
	if !addresseeRe().MatchString(l.text) || r.lastKind(Addressee) >= 0 {
		return false
	}
	n := 0
	for i := len(r.paras) - 1; i >= 0 && r.paras[i].Kind == Body; i-- {
		p := r.paras[i].Text
		if finished(p) || utf8.RuneCountInString(p) >= 40 || cite.HasMarker(p) {
			return false
		}
		n++
	}
	return n > 0 && n <= 2
}
