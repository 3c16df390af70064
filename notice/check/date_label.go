package check

import (
	"strings"
	"unicode/utf8"
)

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
	before := strings.ToLower(labelTail(strings.TrimRight(s[:off], " \u00a0\t:")))
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

// labelTailBytes is how much of the text before a date labelTail keeps:
// more runes than the longest label has bytes, and one more for the
// character before it, whatever their widths (4 bytes at most each, and
// up to 3 more to start on a character).
var labelTailBytes = func() int {
	n := 0
	for _, l := range labelDateWords {
		n = max(n, len(l))
	}
	return (n+1)*utf8.UTFMax + utf8.UTFMax - 1
}()

// labelTail is the end of s that labelDate reads, from a character's
// first byte: a label and the character before it lie in it, and the
// small letters of it end as those of the whole s do (strings.ToLower
// maps each character alone), where lowering the whole text before
// each date read it again for every date (0.13M instructions a seed).
// A tail shorter than s holds more characters than any label has bytes,
// so what stands before a label found in it is never empty, as it is
// not in s.
func labelTail(s string) string {
	if len(s) <= labelTailBytes {
		return s
	}
	i := len(s) - labelTailBytes
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
