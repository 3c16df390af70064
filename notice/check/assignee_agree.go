package check

// agreeVerbs, in small letters, say what a body agreed or decided, not
// work it is given: "1. Ban Thường vụ thống nhất tổ chức Đại hội điểm
// tại Chi bộ bản Nà Ún trong tháng 01 năm 2027" in the kết luận of the
// Ban Thường vụ itself.
var agreeVerbs = []string{"thống nhất", "nhất trí", "đồng ý"}

// agreesBefore reports whether the words before a point's verb of work
// hold a verb of agreement: who stands before it is the one that decides
// (the meeting, the issuer), not an owner the point gives work to.
func agreesBefore(head string) bool {
	for _, v := range agreeVerbs {
		if containsWords(head, v) {
			return true
		}
	}
	return false
}
