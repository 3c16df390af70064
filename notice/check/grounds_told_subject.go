package check

import "strings"

// toldClauseAfter reports whether what follows a comma after a ground's
// cited document opens a clause of its own whose subject is those the
// notice tells ("Thực hiện Thông báo số 742/TB-UBND ... về nghỉ Tết
// Dương lịch năm 2027, cán bộ, công chức, viên chức được nghỉ từ ..."):
// the kinds genericHeadLen reads, then "được", "sẽ" or "phải". Without such
// a predicate the words go on the cited trích yếu ("về chế độ đối với
// cán bộ, công chức, viên chức").
func toldClauseAfter(after string) bool {
	n := genericHeadLen(after)
	if n <= 0 {
		return false
	}
	rest := strings.TrimLeft(after[n:], " ")
	for _, w := range []string{"được ", "sẽ ", "phải "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
