package check

import "strings"

// appositiveHeads open, in small letters, words set between commas after
// a body's name to say what it is in the matter: "đơn vị tư vấn lập đồ
// án", "chủ đầu tư dự án", "bên mời thầu".
var appositiveHeads = []string{"đơn vị ", "cơ quan ", "chủ đầu tư", "bên mời thầu", "tổ chức ", "đại diện "}

// appositiveEnd reports whether name, the words before the comma that
// parts them from "thông báo", ends with such words after a comma of its
// own: "Viện Quy hoạch xây dựng, đơn vị tư vấn lập đồ án, thông báo" (a
// planning institute, p101). The comma before "thông báo" closes what the
// first opened, as a pair of brackets would; the name and its verb are
// not parted by it alone.
func appositiveEnd(name string) bool {
	c := strings.LastIndex(name, ", ")
	if c < 0 {
		return false
	}
	tail := name[c+2:]
	for _, h := range appositiveHeads {
		if strings.HasPrefix(tail, h) {
			return true
		}
	}
	return false
}
