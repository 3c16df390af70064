package check

import "strings"

// bracketMembers reads an assignee that names a group and, in brackets at
// its end, the bodies it holds: "Các doanh nghiệp viễn thông (VNPT Côn
// Đảo, Viettel Côn Đảo)", "Các xã (Phú Mỹ, Phú Thạnh)". The group is the
// text before the bracket; the members are the bracket's parts between
// commas and semicolons. ok is false for any other text: no bracket at
// the end, more than one, or an empty one.
func bracketMembers(s string) (group string, members []string, ok bool) {
	t := strings.TrimRight(strings.TrimSpace(s), ".;:")
	open := strings.IndexByte(t, '(')
	if open <= 0 || !strings.HasSuffix(t, ")") || strings.Count(t, "(") != 1 || strings.Count(t, ")") != 1 {
		return "", nil, false
	}
	for _, m := range strings.FieldsFunc(t[open+1:len(t)-1], func(r rune) bool { return r == ',' || r == ';' }) {
		if m = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(m), "và ")); m != "" {
			members = append(members, m)
		}
	}
	group = strings.TrimSpace(t[:open])
	return group, members, len(members) > 0 && group != ""
}

// assigneeBodies are the bodies of an assignee that the Nơi nhận must
// reach. For a group with its members in brackets (bracketMembers) none
// when the group or every member is reached ("- VNPT Côn Đảo, Viettel Côn
// Đảo;"), and the members not reached when some are; otherwise, and for a
// bracket that names no body reached ("Phòng Văn hóa và Thông tin (cơ
// quan thường trực)"), the bodies splitBodies reads.
func assigneeBodies(v *View, s string, lines recipientSet) []string {
	group, members, ok := bracketMembers(s)
	if !ok {
		return splitBodies(s)
	}
	if reaches(v, group, lines) {
		return nil
	}
	var missed []string
	for _, m := range members {
		if !reaches(v, m, lines) {
			missed = append(missed, m)
		}
	}
	if len(missed) == len(members) {
		return splitBodies(s)
	}
	return missed
}
