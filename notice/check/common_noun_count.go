package check

import "sync"
import "strings"

// notCounts are the words before a figure that make it no count of what
// follows: a date's, a time's, a number's or a part's ("ngày 14 Khu phố
// ...", "số 15 Tổ dân phố ...").
var notCounts = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"ngày": true, "tháng": true, "năm": true, "số": true, "giờ": true, "phút": true, "lúc": true, "khoản": true, "điều": true, "mục": true, "điểm": true, "phần": true, "chương": true}
})

// countBefore is where the figure that counts word i starts ("sắp xếp 14
// Khu phố"): figures alone, a space on each side, after a word that makes
// them no date, time or number; -1 if none. A noun so counted is the
// common noun, many of a kind, never one body's name.
func countBefore(s string, x *textIndex, i int) int {
	if i < 1 || notCounts()[x.lex[i-1].lowered()] {
		return -1
	}
	gap := s[x.words[i-1].end:x.words[i].off]
	fig := strings.TrimSpace(gap)
	if fig == "" || !allDigits(fig) || !strings.HasPrefix(gap, " ") || !strings.HasSuffix(gap, " ") || strings.Contains(fig, " ") {
		return -1
	}
	return x.words[i-1].end + strings.Index(gap, fig)
}
