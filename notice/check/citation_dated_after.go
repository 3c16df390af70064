package check

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// datedIssuerRe is a document's date and issuer written together after
// its subject: "ngày 8/4/2016 của Sở Giáo dục và Đào tạo", "ngày 08
// tháng 4 năm 2016 của UBND tỉnh".
var datedIssuerRe = lazyre.New(`(?:^|\s)ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+của\s+\p{Lu}`)

// nextGroundRe starts, after a semicolon, another ground or another
// document ("; Căn cứ ...", "; Quyết định ..."), where a semicolon inside a
// subject ("giỗ Tổ Hùng Vương 10/3 âm lịch; Chiến thắng 30/4") goes on.
var nextGroundRe = lazyre.New(`;\s*(?i:căn cứ|thực hiện|theo|xét|nghị định|thông tư|quyết định|chỉ thị|công văn|kế hoạch|thông báo|hướng dẫn|luật)(?:\s|$)`)

// citedNumberRe starts another document's number ("số 12/..."), where the
// words that follow are that document's.
var citedNumberRe = lazyre.New(`(?i)\ssố\s*:?\s*\d`)

// datedAfterSubject reports whether the sentence of a citation that gives
// no date or issuer after its number gives both after its subject, before
// the sentence ends or another number is cited: "công văn số
// 432/SGDĐT-VP v/v nghỉ giỗ Tổ Hùng Vương ... ngày 8/4/2016 của Sở Giáo
// dục và Đào tạo." The date and issuer are there, out of their order.
func datedAfterSubject(c cited) bool {
	rest := c.seg.Text[c.End:]
	if i := nextSentence(rest, 0); i >= 0 {
		rest = rest[:i]
	}
	if m := nextGroundRe().FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	if m := citedNumberRe().FindStringIndex(rest); m != nil {
		rest = rest[:m[0]]
	}
	return datedIssuerRe().MatchString(rest)
}
