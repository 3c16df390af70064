package check

// lastOfBody returns the index in body of the paragraph the body ends
// on, whose end carries "./.": the closing paragraph, or, in a body that
// ends on a point of a list ("- Đợt 2: ... 01/5/2021."), that point, the
// last paragraph there is. It is -1 when the body holds neither.
func lastOfBody(body []Seg) int {
	for i := len(body) - 1; i >= 0; i-- {
		if body[i].Role == RoleClosing {
			return i
		}
	}
	if n := len(body) - 1; n >= 0 && (body[n].Role == RoleItem || body[n].Role == RoleHeading) {
		return n
	}
	return -1
}
