package plain

import (
	"strings"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// sectionLabelRe is a site's section label over a post's headline: a few words
// with no mark of a sentence ("UBND tỉnh Long An", "Tin tức - Sự kiện").
var sectionLabelRe = lazyre.New(`^[^.,;:!?]{2,40}$`)

// headlineUnderStamp marks a post's headline under its date and time (the
// stamp dropChrome found among the first lines, "09/10/2015 - 17:40"),
// below a section's label perhaps, as the page's: a line in sentence case
// that opens with a kind ("Thông báo về việc treo cờ ..."), with text
// under it and no header under it. A notice sets its tên loại in
// capitals on its own line; under a post's stamp, a kind's word in small
// letters opening a line is the paper's or portal's title for it, as a
// title over the stamp is (titleOverStamp).
func headlineUnderStamp(out []line, stamps []int) {
	if len(stamps) == 0 {
		return
	}
	top := topWithRows(out[stamps[0]:], 3)
	for k, j := range top {
		i := stamps[0] + j
		if out[i].cells != nil {
			return
		}
		t := strings.TrimSpace(out[i].text)
		if kindFirstRe().MatchString(t) && smallKind(t) && !headerShaped(t) && !RunInSubject(t) && !(strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "./.") && titledStamp(out, stamps[0])) {
			if k+1 < len(top) && !headerFollows(out, i+1) {
				out[i].page = true
			}
			return
		}
		if k > 0 || headerShaped(t) || isTitle(t) || !sectionLabelRe().MatchString(t) {
			return
		}
	}
}

// titledStamp reports whether the line of text right over the stamp at
// s is the page's, the post's title read over its stamp (titleOverStamp):
// a post has one title, and a line closed by a full stop under the stamp
// is then the notice's own tên loại run into its trích yếu ("THÔNG BÁO
// VIỆC TẠM DỪNG ..." over "Thứ Ba, ngày 5 tháng 5 năm 2020 - 16:33" over
// "Thông báo về việc tạm dừng ... Nguyễn Tất Thành.").
func titledStamp(out []line, s int) bool {
	j := prevText(out, s)
	return j >= 0 && out[j].cells == nil && out[j].page
}

// smallKind reports whether the kind opening a line is written in small
// letters after its first ("Thông báo về việc ..."), not as a tên loại in
// capitals ("THÔNG BÁO Về việc ...", a notice's own run into its trích
// yếu).
func smallKind(t string) bool {
	w := strings.Fields(t)[0]
	return w != strings.ToUpper(w)
}

// runInSubjectRe is a notice's tên loại run into its trích yếu on one
// line, the trích yếu keeping its capital "Về" and closed by a full stop,
// one sentence ("Thông báo Về thời gian, địa điểm ... thị trấn Kiến
// Xương."), not the "./." that ends a body.
var runInSubjectRe = lazyre.New(`^(?:Thông báo|THÔNG BÁO) Về [^.]+[^.\s/]\.$`)

// RunInSubject reports whether t is a notice's tên loại run into its
// trích yếu (runInSubjectRe), as a notice under a portal's title and
// stamp writes it ("Thông báo Về ... Kiến Xương."): the notice's own
// line, closed as a sentence is, not the post's headline, which writes
// "về" in small letters or, copying the trích yếu's capital ("Thông báo
// Về việc tiếp tục đảm bảo an toàn hạ du ..."), ends with no mark. Its
// full stop is the trích yếu's (check's subject-period).
func RunInSubject(t string) bool {
	return runInSubjectRe().MatchString(t)
}
