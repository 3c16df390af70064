package check

import "strings"

// lastOfBody returns the index in body of the paragraph the body ends
// on, whose end carries "./.": the closing paragraph, or, in a body that
// ends on a point of a list ("- Đợt 2: ... 01/5/2021."), that point, the
// last paragraph there is, or the one paragraph of a body that has no
// other. It is -1 when the body holds none of them.
func lastOfBody(body []Seg) int {
	for i := len(body) - 1; i >= 0; i-- {
		if body[i].Role == RoleClosing {
			return i
		}
	}
	if len(body) == 1 && body[0].Role == RoleOpening && !strings.HasSuffix(strings.TrimSpace(body[0].Text), ":") {
		// a body of one paragraph: its opening is its last sentence, unless
		// it announces what a cut copy lost ("Cụ thể như sau:")
		return 0
	}
	if n := len(body) - 1; n >= 0 && (body[n].Role == RoleItem || body[n].Role == RoleHeading) {
		return n
	}
	return -1
}
