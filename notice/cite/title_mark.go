package cite

import "strings"

// TitleMark reads a Thông báo's tên loại line with a stop typed after it
// ("THÔNG BÁO:", "THÔNG BÁO."): the type, the mark, true. The tên loại
// stands alone on its line with no mark after it (Phụ lục I, Mục II,
// khoản 5). Other types are not read so: "QUYẾT ĐỊNH:" and "QUYẾT NGHỊ:"
// are the enacting lines of a Quyết định and a Nghị quyết, not their tên
// loại.
func TitleMark(line string) (DocType, string, bool) {
	line = strings.TrimSpace(line)
	if len(line) < 2 {
		return DocType{}, "", false
	}
	mark := line[len(line)-1:]
	if !strings.Contains(":.;,", mark) {
		return DocType{}, "", false
	}
	t, ok := TitleType(strings.TrimSpace(line[:len(line)-1]))
	return t, mark, ok && t.Code == "TB"
}
