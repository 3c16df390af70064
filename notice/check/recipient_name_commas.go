package check

import "strings"

// namesCommas reports whether every comma of a Nơi nhận line whose
// recipients are parted by ";" stands inside a name that lists its
// fields, "A, B và C" ("- Các Chi cục: Chăn nuôi, Thú y và Thủy sản;
// Trồng trọt và Bảo vệ thực vật;", "- Sở Văn hóa, Thể thao và Du lịch; Sở
// Y tế;"): there ";" is the one mark that parts the recipients without
// cutting a name, and the line mixes nothing. A comma with no "và" after
// it in its part parts two recipients ("- Sở Y tế; Sở Tài chính, Sở Xây
// dựng;").
func namesCommas(line string) bool {
	for _, part := range strings.Split(line, ";") {
		i := strings.LastIndex(part, ",")
		if i >= 0 && !strings.Contains(part[i:], " và ") {
			return false
		}
	}
	return true
}
