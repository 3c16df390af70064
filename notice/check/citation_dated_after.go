package check

import (
	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

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
	rest := afterCitation(c)
	return datedIssuerRe().MatchString(rest)
}

// issuedAfterSubjectRe is the issuer named after a cited document's
// subject: "của Trường TH và THCS Nguyễn Trung Trực", "của Sở Y tế".
var issuedAfterSubjectRe = lazyre.New(`\scủa\s+(?:Trường|Phòng|Sở|Bộ|Ủy ban|Uỷ ban|UBND|Ban|Hội đồng|Chính phủ|Thủ tướng|Trung tâm|Cục|Tổng cục|Chi cục|Viện|Đại học|Học viện|Văn phòng|Tỉnh ủy|Huyện ủy|Thành ủy|Quận ủy|Đảng ủy)\s`)

// issuerAfterSubject reports whether a citation dated after its number
// ("Kế hoạch số 192/KH-TH&THCS ngày 25/4/2022 về việc ...") names its
// issuer after its subject, before the sentence ends or another number is
// cited: "... năm học 2022 – 2023 của Trường TH và THCS Nguyễn Trung
// Trực". The issuer is there, after the subject.
func issuerAfterSubject(c cited) bool {
	if c.DateOff < 0 {
		return false
	}
	rest := afterCitation(c)
	return containsLit(rest, " về ") && issuedAfterSubjectRe().MatchString(rest)
}

// afterCitation is what follows a citation in its own sentence, up to the
// next ground or the next cited number: where its date and issuer may stand
// when they follow its subject.
func afterCitation(c cited) string {
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
	return rest
}
