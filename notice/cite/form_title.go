package cite

import (
	"strings"
	"unicode/utf8"
)

// formHeads are the first words of the tên loại of a form of Phụ lục IV
// (mẫu quản lý văn bản: "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "SỔ ĐĂNG KÝ VĂN
// BẢN ĐI") and of the forms an office makes after them ("PHIẾU GIẢI QUYẾT
// CÔNG VĂN", "PHIẾU TRÌNH"): a form to fill, with no number, no closing
// and no Nơi nhận of its own.
var formHeads = []string{"PHIẾU ", "SỔ "}

// FormTitle reports a tên loại line of a form of Phụ lục IV: a line in
// capitals, on its own, that opens with "PHIẾU" or "SỔ" and names what
// the form is for in two words or more. The types of Phụ lục III's table
// that open with the same word ("PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO")
// are theirs (TitleType), not forms.
func FormTitle(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 60 || strings.ToUpper(line) != line ||
		strings.ContainsAny(line, ":;,.") {
		return false
	}
	if _, ok := TitleType(line); ok {
		return false
	}
	for _, h := range formHeads {
		rest, ok := strings.CutPrefix(line, h)
		if ok && len(strings.Fields(rest)) >= 2 {
			return true
		}
	}
	return false
}
