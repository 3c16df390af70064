package check

import "strings"

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

// agreedThings follow a verb of agreement and "với" when it agrees to what
// was put ("thống nhất với đề xuất của Đảng ủy xã", "với phương án ..."):
// no body works with another there.
var agreedThings = []string{"đề xuất", "ý kiến", "phương án", "chủ trương", "nội dung", "báo cáo", "dự thảo",
	"kiến nghị", "tờ trình", "đề nghị", "kế hoạch", "việc"}

// partnerAt is where in head a verb of agreement stands when "với" and a
// body follow it ("1. Công an xã thống nhất với thôn Đông tổ chức tuần
// tra ban đêm"): who stands before it does the work, together with that
// body, and is the owner; -1 when no such verb stands there.
func partnerAt(head string) int {
	for _, v := range agreeVerbs {
		i := strings.Index(head, " "+v+" với ")
		if i < 0 {
			continue
		}
		rest := strings.ToLower(head[i+len(" "+v+" với "):])
		if !hasPrefixAny(rest, agreedThings...) {
			return i
		}
	}
	return -1
}
