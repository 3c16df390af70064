package check

import "strings"

// labelDateWords are the labels of a date a product carries, folded in
// small letters: its use-by date ("hạn dùng", "HSD", "HD") and the day it
// was made ("ngày sản xuất", "NSX").
var labelDateWords = []string{"hạn dùng", "hạn sử dụng", "hsd", "hd", "ngày sản xuất", "nsx"}

// labelDate reports whether the short date at off in s is a product's,
// right after a label of labelDateWords and a colon or none: "Viên nén
// Paracetamol 500 mg, số lô 260415, hạn dùng 15/4/2029" (a testing
// centre's results, p99) copies the date as the label prints it, as a
// bracket's anniversary dates stand as written: it sets no form for the
// notice's own dates.
func labelDate(s string, off int) bool {
	before := strings.ToLower(strings.TrimRight(s[:off], " \u00a0\t:"))
	for _, l := range labelDateWords {
		if strings.HasSuffix(before, l) {
			rest := before[:len(before)-len(l)]
			if rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, "(") || strings.HasSuffix(rest, ";") {
				return true
			}
		}
	}
	return false
}
