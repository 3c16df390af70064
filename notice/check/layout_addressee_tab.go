package check

import "strings"

// addresseeTab reports whether the gap at k of a Kính gửi line is the tab
// after its label's colon ("Kính gửi:\t- Ủy ban nhân dân các xã;"): the
// addressees start at a tab stop, the lines under them indented to it,
// so that their dashes stand one under another as Mẫu 1.5 sets them. That
// tab lays out one element, not two pieces side by side.
func addresseeTab(s string, k int) bool {
	gap := s[k:]
	gap = gap[:len(gap)-len(strings.TrimLeft(gap, " \t"))]
	return strings.HasSuffix(s[:k], ":") && strings.Contains(gap, "\t")
}
