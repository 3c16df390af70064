package tasks

import (
	"strings"

	"github.com/thongbao/thongbao/notice/check"
	"github.com/thongbao/thongbao/notice/cite"
)

// doneWords end an owner told by what it did, does or did not do: "Sở
// Xây dựng đã ...", "UBND các xã đang ...", "Phòng Kinh tế chưa ...".
var doneWords = []string{"đã", "đang", "chưa"}

// withoutDone returns subject without the words telling work done, under
// way or not done at its end ("Hội Cựu chiến binh đã và đang"), and
// whether it had any.
func withoutDone(subject string) (string, bool) {
	cut := false
	for {
		i := strings.LastIndexByte(subject, ' ')
		last := cite.Fold(subject[i+1:])
		if i < 0 || !hasWord(doneWords, last) {
			return subject, cut
		}
		subject, cut = strings.TrimSuffix(strings.TrimRight(subject[:i], " "), " và"), true
	}
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// doneThenMore reads a sentence that tells work done and then gives
// more (t95): "Sở Xây dựng đã thẩm định xong 12 hồ sơ, tiếp tục thẩm
// định các hồ sơ còn lại ..." gives the Sở the work after "tiếp tục";
// "..., đề nghị Sở Y tế tiếp tục ..." the body it names; "Ban Quản lý đã
// thành lập Tổ công tác ...; Tổ công tác theo dõi tiến độ hằng tháng"
// the body a clause after the semicolon names. t is the text after any
// prefix, subject its words before the verb (ending with "đã", "đang",
// "chưa"); the task's words start where the work still to do does.
// Without such a part the sentence tells, it gives nothing.
func doneThenMore(t, subject string, end int, prefixed bool) (named, bool) {
	owner, done := withoutDone(subject)
	if !done {
		return named{}, false
	}
	depth := 0
	for i := end; i < len(t); i++ {
		switch t[i] {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		case ',', ';':
			if depth > 0 {
				continue
			}
			off := i + 1
			for off < len(t) && t[off] == ' ' {
				off++
			}
			part := t[off:]
			if nm := readNamed(part, false); len(nm.Owners) > 0 && (t[i] == ';' || check.GoesOn(part)) {
				nm.Rest += off // "..., đề nghị Sở Y tế tiếp tục ...", "...; Tổ công tác theo dõi ..."
				return nm, true
			}
			if check.GoesOn(part) && isSubject(owner, prefixed, part) {
				return named{Owners: ownersOf(owner, roleIn(part)), Rest: off}, true
			}
		}
	}
	return named{}, false
}

// ownersOf is one owner with role for each body subject names.
func ownersOf(subject string, role Role) []owner {
	var out []owner
	for _, name := range splitOwners(subject) {
		out = append(out, owner{Name: name, Role: role})
	}
	return out
}
