package check

import "strings"

// namingWords end the words that give a name in quotation marks as its
// owner writes it: "các trang mạng xã hội mang tên “...”", "có tên gọi
// “...”". Lowered.
var namingWords = []string{" mang tên", " có tên", " tên là", " tên gọi", " tên gọi là"}

// quotedName reports whether byte off of s lies in a name in quotation
// marks after namingWords, with other names so quoted and commas between:
// a page's, a shop's or a product's name ("lập các trang mạng xã hội mang
// tên “Việc làm online Thái Nguyên”, “Nhận hàng tại nhà TN”", p98). The
// notice reports the name; it shortens no word of its own.
func quotedName(s string, off int) bool {
	if !quoted(s, off) {
		return false
	}
	lead := s[:openQuote(s[:off])]
	for range 8 {
		lead = strings.TrimRight(lead, " ,")
		switch {
		case strings.HasSuffix(lead, "”"):
			lead = lead[:max(0, strings.LastIndex(lead, "“"))]
		case strings.HasSuffix(lead, "\""):
			lead = lead[:max(0, strings.LastIndexByte(lead[:len(lead)-1], '"'))]
		default:
			l := strings.ToLower(lead)
			for _, w := range namingWords {
				if strings.HasSuffix(l, w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// openQuote is the place of the quotation mark that opens the quote s
// ends in: the last "“" or straight '"'.
func openQuote(s string) int {
	return max(strings.LastIndex(s, "“"), strings.LastIndexByte(s, '"'), 0)
}
