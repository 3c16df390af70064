package check

import "strings"

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
	lower := strings.ToLower(c)
	for _, w := range targetWords {
		if strings.Contains(lower, w) {
			return false // "Phấn đấu ... đã": the state to reach
		}
	}
	for i := strings.Index(c, " đã "); i >= 0; {
		rest := c[i+len(" đã "):]
		if !qualifiesTask(rest) {
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
