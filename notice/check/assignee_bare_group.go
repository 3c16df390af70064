package check

import "github.com/thongbao/thongbao/notice/cite"

// namedGroupReached reports whether an assignee that is a bare group,
// "e) Các đơn vị báo cáo kết quả ...", stands for the bodies the notice
// gave work to by name above or below it, every one reached by the Nơi
// nhận. "Các đơn vị" where no body is named, or where one named is not
// reached, is still said.
func namedGroupReached(v *View, body string, lines recipientSet, reached func(string) bool) bool {
	if !isBareGroup(cite.Fold(body)) {
		return false
	}
	named := 0
	for _, a := range v.Assignees {
		for _, other := range assigneeBodies(v, a.Text, lines) {
			if isBareGroup(cite.Fold(other)) {
				continue
			}
			if !reached(other) {
				return false
			}
			named++
		}
	}
	return named > 0
}
