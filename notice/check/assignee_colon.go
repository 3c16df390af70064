package check

// assigneeColon is the index of the colon that ends a point's heading, the
// first outside brackets: in "3. Văn phòng Ban (điện thoại: 0222.3812.346)
// tiếp nhận hồ sơ ..." the colon is the bracket's, of a phone number, and
// the point names no assignee before it. -1 if there is none.
func assigneeColon(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
