package check

import (
	"strings"

	"github.com/thongbao/thongbao/notice/cite"
)

// doneQualifiers read "đã" as the mark of what was done, not of work named by
// what was done to it: "đã được giao", "đã đề ra" qualify the task that
// follows ("hoàn thành các nhiệm vụ đã được giao trước ngày ..."), and so
// set it rather than report it.
var doneQualifiers = []string{
	"giao", "được giao", "đề ra", "được đề ra", "phê duyệt", "được phê duyệt",
	"ban hành", "được ban hành", "nêu", "cam kết", "đăng ký", "thống nhất",
	"chỉ đạo", "yêu cầu",
}

// clauseToldDone reports whether the words of a clause before its deadline
// tell work done, by a "đã" that is no qualifier of the task nor the state a
// target (targetWords) is to reach: "Sở Tài chính đã trình ... trước ngày
// 15/11/2026", "Trong tháng 11 năm 2026, các đơn vị đã hoàn thành ...".
// A deadline in it is one met or missed, reported, not one set.
func clauseToldDone(clause string) bool {
	c := " " + clause + " "
	if !strings.Contains(c, " đã ") {
		return false // most clauses: no mark to read, nothing to fold
	}
	lower := strings.ToLower(c)
	for _, w := range targetWords {
		if strings.Contains(lower, w) {
			return false // "Phấn đấu ... đã": the state to reach
		}
	}
	for i := strings.Index(c, " đã "); i >= 0; {
		rest := c[i+len(" đã "):]
		if !qualifiesTask(rest) && !setAround(c, i) && !describesDoer(rest) && !describesObject(c, i) {
			return true
		}
		j := strings.Index(rest, " đã ")
		if j < 0 {
			return false
		}
		i += len(" đã ") + j
	}
	return false
}

// describesObject reports whether the "đã" at c[i:] opens words that
// describe the object of a verb of work before it, in its part of the
// clause (no comma between them), and end at a comma after which another
// verb of work sets the deadline: "rà soát các giấy phép đã hết hạn, thu
// hồi trước ngày 15/11/2026" sets a day to withdraw them. The words
// after "đã" name no work themselves (a state: "hết hạn", "vi phạm"). "Sở Tài chính
// đã thẩm định, trình ... trước ngày ..." (no verb before "đã") and "thu
// hồi tài liệu đã phát cho các thôn trước ngày ..." (no comma: the day
// may be the handing out's) stay told.
func describesObject(c string, i int) bool {
	part := c[strings.LastIndexByte(c[:i], ',')+1 : i]
	rest := c[i+len(" đã "):]
	j := strings.LastIndexByte(rest, ',')
	if j < 0 || !asksWork(part) || asksWork(rest[:strings.IndexByte(rest, ',')]) {
		return false // "Qua báo cáo các đơn vị đã triển khai, hoàn thành ...": work after "đã" is work told
	}
	tail := cite.Fold(rest[j+1:])
	return asksWork(tail) || doerActs(tail, stateActs)
}

// qualifiesTask reports whether the words after a "đã" open one of
// doneQualifiers, as whole words.
func qualifiesTask(rest string) bool {
	for _, q := range doneQualifiers {
		if strings.HasPrefix(rest, q) && (len(rest) == len(q) || strings.IndexByte(" ,;.:)", rest[len(q)]) >= 0) {
			return true
		}
	}
	return false
}

// settingWords, after a "đã" and before the deadline, set the work the
// deadline is for: the "đã" tells what led to it ("Trường hợp đã nộp hồ
// sơ nhưng còn thiếu giấy tờ thì bổ sung trước ngày ...", "Để khắc phục
// tình trạng các lớp đã chậm nộp báo cáo, đề nghị các lớp nộp trước
// ngày ...").
var settingWords = []string{"thì", "đề nghị", "yêu cầu"}

// setAround reports whether the "đã" at i of c (a clause up to its
// deadline) stands in a clause that sets work: settingWords after it, or
// its part of the clause (from the last comma) opening with a verb of
// work, the "đã" then qualifying the work's object ("Các lớp rà soát, kiểm
// tra phòng học đã sửa chữa trước ngày ...").
func setAround(c string, i int) bool {
	if holdsWord(cite.Fold(c[i:]), settingWords) {
		return true
	}
	part := cite.Fold(strings.TrimSpace(c[strings.LastIndex(c[:i], ",")+1 : i]))
	for _, v := range assignVerbList {
		if strings.HasPrefix(part, v+" ") {
			return true
		}
	}
	return false
}

// describesDoer reports whether rest, the words after a "đã" up to the
// deadline, tell what was done to the doer before its own duty: a passive
// "được ..." followed by a duty (dutyWords: "Các hộ đã được bình xét hộ
// nghèo nộp hồ sơ trước ngày ...", the households chosen are to file).
// "Các xã đã hoàn thành ..." is told done, as is a passive whose verbs
// after it finish or go on with it ("các vi phạm đã được khắc phục xong
// trước ngày ...", "đã được triển khai thực hiện trước ngày ...": workWords
// are not read here).
func describesDoer(rest string) bool {
	f := strings.Fields(cite.Fold(rest))
	if len(f) < 3 || f[0] != "được" {
		return false
	}
	return doerActs(strings.Join(f[2:], " "), dutyWords)
}
