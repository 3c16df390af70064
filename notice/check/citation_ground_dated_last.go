package check

import (
	"strings"
	"sync"

	"github.com/thongbao/thongbao/notice/internal/lazyre"
)

// groundDateLastRe is a date that closes a ground, after the cited
// document's subject: "... về Quy chế đào tạo trình độ thạc sỹ ngày 15
// tháng 5 năm 2014;". Nothing but the ground's mark follows it.
var groundDateLastRe = lazyre.New(`\sngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*[;.,]?\s*$`)

// datedLastInGround reports whether a citation that gives no date after
// its number opens a ground ("Căn cứ Thông tư số 15/2014/TT-BGDĐT của Bộ
// Giáo dục và Đào tạo về Quy chế ... ngày 15 tháng 5 năm 2014;") and the
// ground ends with a date after the document's subject ("về ..."), a
// subject that names rules (ruleSubjectRe): a ground cites one document,
// so the date that closes it is that document's, given out of its order,
// not missing.
func datedLastInGround(c cited) bool {
	head := strings.TrimSpace(c.seg.Text[:c.Off])
	if !strings.HasPrefix(head, "Căn cứ") || strings.ContainsAny(head, ";.") {
		return false
	}
	rest := c.seg.Text[c.End:]
	if i := strings.IndexByte(rest, ';'); i >= 0 && strings.TrimSpace(rest[i+1:]) != "" {
		return false // another ground follows on the line: the date may be its
	}
	if citedNumberRe().MatchString(rest) {
		return false // another document cited in the ground: the date may be its
	}
	at := indexLit(rest, " về ")
	if at < 0 || !ruleSubjectRe().MatchString(rest[at+len(" về "):]) {
		return false
	}
	m := groundDateLastRe().FindStringIndex(rest)
	if m == nil || m[0] <= at {
		return false
	}
	before := strings.Fields(rest[:m[0]])
	return len(before) > 0 && !dayPrepositions()[strings.ToLower(before[len(before)-1])]
}

// ruleSubjectRe opens a subject that names rules a document sets ("về
// Quy chế đào tạo trình độ thạc sỹ", "về việc ban hành Quy định ..."):
// such a subject holds no event, so a date after it is the document's;
// "về việc tổ chức hội nghị ngày 05/3/2021" may date the meeting.
var ruleSubjectRe = lazyre.New(`^(?:việc )?(?:ban hành )?(?:Quy chế|Quy định|Điều lệ|Danh mục|Quy trình|Quy chuẩn|Tiêu chuẩn)\s`)

// dayPrepositions, before a date, make it the day of what the subject
// tells ("tổ chức thi vào ngày 20 tháng 8 năm 2026"), not the document's.
var dayPrepositions = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"vào": true, "từ": true, "đến": true, "tới": true, "trước": true, "sau": true, "hết": true, "trong": true, "là": true}
})
